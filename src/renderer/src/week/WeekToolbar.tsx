import { Button, Group, Select, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format';
import { useMemberOptions } from '../team/useTeamMembers';
import { useProfile } from './queries';
import { useWeekStore } from './weekStore';

/** Moves between weeks; a lead or admin may also look at a team member's week. */
export function WeekToolbar({ range }: { range: string }) {
  const { t } = useTranslation();
  const { offset, move, backToThisWeek } = useWeekStore();
  return (
    <Group justify="space-between" gap="sm">
      <Group gap="xs">
        <Button variant="default" size="sm" onClick={() => move(-1)}>
          {t('week.previous')}
        </Button>
        <Button variant="default" size="sm" onClick={backToThisWeek} disabled={offset === 0}>
          {t('week.thisWeek')}
        </Button>
        <Button variant="default" size="sm" onClick={() => move(1)}>
          {t('week.next')}
        </Button>
        <Text fw={600} aria-live="polite" data-testid="week-range">
          {range}
        </Text>
      </Group>
      <WhoseWeek />
    </Group>
  );
}

function WhoseWeek() {
  const { t } = useTranslation();
  const format = useFormat();
  const { data: profile } = useProfile();
  const options = useMemberOptions(format.locale);
  const { memberId, showMember } = useWeekStore();
  const me = profile?.member;
  if (!me || me.appRole === 'rep') return null;
  return (
    <Select
      label={t('week.whose')}
      size="sm"
      w={240}
      searchable
      data={options}
      value={memberId ?? me.id}
      onChange={(value) => showMember(value === me.id ? null : value)}
      allowDeselect={false}
      nothingFoundMessage={t('week.nobodyFound')}
    />
  );
}
