import { NavLink } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { paths } from '../app/router';
import { useAbilities } from '../staffing/queries';

/** "Team", for those who may edit a team (its lead, an admin): the write rule's answer. */
export function TeamNavLink({ active }: { active: boolean }) {
  const { t } = useTranslation();
  const abilities = useAbilities([]).data;
  if (!abilities || (!abilities.allTeams && abilities.teams.length === 0)) return null;
  return (
    <NavLink
      href={paths.team()}
      label={t('team.nav')}
      active={active}
      aria-current={active ? 'page' : undefined}
    />
  );
}
