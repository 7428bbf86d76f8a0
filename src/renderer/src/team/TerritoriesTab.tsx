import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Territory } from '../../../shared/domain/team';
import { QueryState } from '../app/QueryState';
import { useEnumLabel } from '../app/enumOptions';
import { useFormat } from '../i18n/format';
import { EditorTable } from './EditorTable';
import { mayEdit, type May } from './may';
import { useTeams, useTerritories } from './queries';
import { TerritoryDialog } from './TerritoryDialog';

type Editing = { territory: Territory | null } | null;

/** The territories and their rules; a lead edits their own team's, an admin every one. */
export function TerritoriesTab({ may }: { may: May }) {
  const { t } = useTranslation();
  const territories = useTerritories(true);
  const teams = useTeams(true).data ?? [];
  const [editing, setEditing] = useState<Editing>(null);
  if (!territories.data) return <QueryState error={territories.error} />;
  const ours = teams.filter((x) => !x.archived && mayEdit(may, x.id));
  const teamName = (id: string | null) => teams.find((x) => x.id === id)?.name ?? t('app.empty');
  return (
    <>
      {(may.allTeams || ours.length > 0) && (
        <Group justify="flex-end" mb="sm">
          <Button onClick={() => setEditing({ territory: null })}>{t('team.territory.new')}</Button>
        </Group>
      )}
      <EditorTable
        label={t('team.tabs.territories')}
        rows={territories.data}
        columns={[
          { header: t('team.territory.name'), cell: (x) => x.name },
          { header: t('team.territory.teamId'), cell: (x) => teamName(x.teamId) },
          { header: t('team.territory.rules'), cell: (x) => <RulesSummary territory={x} /> },
        ]}
        editable={(x) => mayEdit(may, x.teamId)}
        onEdit={(territory) => setEditing({ territory })}
      />
      {editing && (
        <TerritoryDialog
          territory={editing.territory}
          teams={may.allTeams ? teams.filter((x) => !x.archived) : ours}
          allTeams={may.allTeams}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}

/** "Countries: Norway · Postcodes: 7000-7099": each rule that limits the territory. */
function RulesSummary({ territory }: { territory: Territory }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  const { countries, regions, postcodes, industries, accountKinds } = territory.rules;
  const parts: [string, string[]][] = [
    ['countries', countries.map((c) => format.country(c))],
    ['regions', regions],
    ['postcodes', postcodes],
    ['industries', industries],
    ['accountKinds', accountKinds.map((k) => label('accountKind', k))],
  ];
  const shown = parts.filter(([, values]) => values.length > 0);
  if (shown.length === 0) return <Text size="sm">{t('team.territory.anywhere')}</Text>;
  return (
    <Text size="sm">
      {shown
        .map(([rule, values]) => `${t(`team.territory.${rule}`)}: ${format.list(values)}`)
        .join(' · ')}
    </Text>
  );
}
