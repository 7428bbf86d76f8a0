import { Alert, Stack, Tabs, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../app/QueryState';
import { useAbilities } from '../staffing/queries';
import { MembersTab } from './MembersTab';
import { TeamsTab } from './TeamsTab';
import { TerritoriesTab } from './TerritoriesTab';

type Tab = 'members' | 'teams' | 'territories';

/**
 * `#/team`: the sales team edited in the app, for leads (their own team) and admins
 * (everything). Which rows offer Edit is the write rule's answer (abilities).
 */
export function TeamPage() {
  const { t } = useTranslation();
  const abilities = useAbilities([]);
  const [tab, setTab] = useState<Tab>('members');
  if (!abilities.data) return <QueryState error={abilities.error} />;
  const { teams, allTeams } = abilities.data;
  const may = { teams: new Set(teams), allTeams };
  return (
    <Stack gap="md">
      <Title order={2}>{t('team.title')}</Title>
      {!allTeams && teams.length === 0 && <Alert color="gray">{t('team.readOnly')}</Alert>}
      <Tabs value={tab} onChange={(v) => v && setTab(v as Tab)} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="members">{t('team.tabs.members')}</Tabs.Tab>
          <Tabs.Tab value="teams">{t('team.tabs.teams')}</Tabs.Tab>
          <Tabs.Tab value="territories">{t('team.tabs.territories')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="members" pt="md">
          <MembersTab may={may} />
        </Tabs.Panel>
        <Tabs.Panel value="teams" pt="md">
          <TeamsTab may={may} />
        </Tabs.Panel>
        <Tabs.Panel value="territories" pt="md">
          <TerritoriesTab may={may} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
