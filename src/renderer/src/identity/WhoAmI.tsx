import { Badge, Group, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useProfile } from '../week/queries';

/** Who the app runs as, in the header: the person, their role in Rapport and their team. */
export function WhoAmI() {
  const { t } = useTranslation();
  const profile = useProfile().data;
  const member = profile?.member;
  if (!member) return null;
  const team = profile.teams.find((candidate) => candidate.id === member.teamId);
  return (
    <Group gap={6} wrap="nowrap" className="who-am-i" data-testid="who-am-i" visibleFrom="xs">
      <VisuallyHidden>{t('identity.signedInAs')}</VisuallyHidden>
      {/* the person's name stays whole; a long team name gives way first */}
      <Text size="sm" fw={600} dir="auto" style={{ flexShrink: 0 }}>
        {member.name}
      </Text>
      <Badge variant="light" color="blue.8" style={{ flexShrink: 0 }}>
        {t(`team.appRole.${member.appRole}`)}
      </Badge>
      <Text size="sm" c="dimmed" dir="auto" truncate>
        {team ? t('identity.team', { team: team.name }) : t('identity.noTeam')}
      </Text>
    </Group>
  );
}
