import { Button, Group, Select, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Team, TeamMember, Territory } from '../../../shared/domain/team';
import { normalize } from '../../../shared/text';
import { api } from '../api/client';
import { QueryState } from '../app/QueryState';
import { useEnumLabel } from '../app/enumOptions';
import { useFormat } from '../i18n/format';
import { EditorTable } from './EditorTable';
import { mayEdit, type May } from './may';
import { MemberDialog } from './MemberDialog';
import { teamKeys, useTeams, useTerritories } from './queries';

type Editing = { member: TeamMember | null } | null;

/** The sales force's members, by team; a lead edits their own team's, an admin everyone's. */
export function MembersTab({ may }: { may: May }) {
  const members = useQuery({
    queryKey: [...teamKeys.all, 'members'],
    queryFn: () => api.listTeamMembers({ includeArchived: true }),
  });
  const teams = useTeams(true);
  const territories = useTerritories(true);
  if (!members.data || !teams.data || !territories.data) {
    return <QueryState error={members.error ?? teams.error ?? territories.error} />;
  }
  return (
    <MemberList
      may={may}
      members={members.data}
      teams={teams.data}
      territories={territories.data}
    />
  );
}

function MemberList({
  may,
  members,
  teams,
  territories,
}: {
  may: May;
  members: TeamMember[];
  teams: Team[];
  territories: Territory[];
}) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  const ours = teams.filter((x) => !x.archived && mayEdit(may, x.id));
  // a lead starts on their own team; an admin on everyone
  const [teamFilter, setTeamFilter] = useState<string | null>(
    may.allTeams ? null : (ours[0]?.id ?? null),
  );
  const [text, setText] = useState('');
  const [editing, setEditing] = useState<Editing>(null);

  const nameOf = (list: readonly { id: string; name: string }[], id: string | null) =>
    list.find((x) => x.id === id)?.name ?? t('app.empty');
  const wanted = normalize(text);
  const rows = members.filter(
    (m) =>
      (teamFilter === null || m.teamId === teamFilter) &&
      (wanted === '' || normalize(m.name).includes(wanted)),
  );
  return (
    <>
      <Group justify="space-between" align="flex-end" mb="sm">
        <Group align="flex-end">
          <TextInput
            label={t('team.member.find')}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            dir="auto"
          />
          <Select
            label={t('team.member.teamId')}
            data={teams.map((x) => ({ value: x.id, label: x.name }))}
            value={teamFilter}
            onChange={setTeamFilter}
            clearable
            placeholder={t('team.allTeams')}
            w={320}
          />
        </Group>
        {(may.allTeams || ours.length > 0) && (
          <Button onClick={() => setEditing({ member: null })}>{t('team.member.new')}</Button>
        )}
      </Group>
      <EditorTable
        label={t('team.tabs.members')}
        rows={rows}
        columns={[
          { header: t('team.member.name'), cell: (m) => m.name },
          { header: t('team.member.salesForce'), cell: (m) => label('salesForce', m.salesForce) },
          { header: t('team.member.function'), cell: (m) => label('memberFunction', m.function) },
          { header: t('team.member.teamId'), cell: (m) => nameOf(teams, m.teamId) },
          { header: t('team.member.territoryId'), cell: (m) => nameOf(territories, m.territoryId) },
          { header: t('team.member.startedOn'), cell: (m) => format.date(m.startedOn) },
          { header: t('team.member.leftOn'), cell: (m) => format.date(m.leftOn) },
        ]}
        editable={(m) => mayEdit(may, m.teamId)}
        onEdit={(member) => setEditing({ member })}
      />
      {editing && (
        <MemberDialog
          member={editing.member}
          teams={may.allTeams ? teams.filter((x) => !x.archived) : ours}
          territories={territories}
          allTeams={may.allTeams}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}
