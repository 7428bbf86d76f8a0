import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Team } from '../../../shared/domain/team';
import { QueryState } from '../app/QueryState';
import { useEnumLabel } from '../app/enumOptions';
import { localeOf } from '../i18n/languages';
import { useLanguageStore } from '../i18n/languageStore';
import { useFormat } from '../i18n/format';
import { EditorTable } from './EditorTable';
import { mayEdit, type May } from './may';
import { useTeams } from './queries';
import { TeamDialog } from './TeamDialog';
import { useMemberOptions, useTeamMembers } from './useTeamMembers';

type Editing = { team: Team | null } | null;

/** The teams, their leads and templates; a lead edits their own team, an admin makes teams. */
export function TeamsTab({ may }: { may: May }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  const language = useLanguageStore((s) => s.language);
  const teams = useTeams(true);
  const members = useTeamMembers().data ?? [];
  const memberOptions = useMemberOptions(localeOf[language]);
  const [editing, setEditing] = useState<Editing>(null);
  if (!teams.data) return <QueryState error={teams.error} />;
  const nameOf = (id: string | null) => members.find((m) => m.id === id)?.name ?? t('app.empty');
  return (
    <>
      {may.allTeams && (
        <Group justify="flex-end" mb="sm">
          <Button onClick={() => setEditing({ team: null })}>{t('team.team.new')}</Button>
        </Group>
      )}
      <EditorTable
        label={t('team.tabs.teams')}
        rows={teams.data}
        columns={[
          { header: t('team.team.name'), cell: (x) => x.name },
          { header: t('team.team.salesForce'), cell: (x) => label('salesForce', x.salesForce) },
          { header: t('team.team.leadId'), cell: (x) => nameOf(x.leadId) },
          {
            header: t('team.team.template'),
            cell: (x) =>
              x.template.length === 0
                ? t('app.empty')
                : format.list(x.template.map((role) => label('coverageRole', role))),
          },
        ]}
        editable={(x) => mayEdit(may, x.id)}
        onEdit={(team) => setEditing({ team })}
      />
      {editing && (
        <TeamDialog team={editing.team} members={memberOptions} onClose={() => setEditing(null)} />
      )}
    </>
  );
}
