import './week.css';
import { Alert, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../app/QueryState';
import { weekStartOf } from '../../../shared/calendar/weekStart';
import { useFirstDayOfWeek } from '../i18n/useFirstDayOfWeek';
import { AgendaSection } from './AgendaSection';
import { addDays, byDay, localToday } from './days';
import { useMyWeek } from './queries';
import { useDayFormat } from './useDayFormat';
import { useWeekStore } from './weekStore';
import { WeekToolbar } from './WeekToolbar';

/** `#/week`: what the rep owes this week — follow-ups and the occasions worth a greeting. */
export function WeekPage() {
  const { t } = useTranslation();
  const days = useDayFormat();
  const { offset, memberId } = useWeekStore();
  const firstDay = useFirstDayOfWeek();
  const today = localToday();
  const from = addDays(weekStartOf(today, firstDay), offset * 7);
  const { data, error } = useMyWeek(memberId, from);
  return (
    <Stack gap="lg" maw={960}>
      <Stack gap={4}>
        <Title order={2}>{t('week.title')}</Title>
        <Text c="dimmed">{t('week.intro')}</Text>
      </Stack>
      <WeekToolbar range={days.range(from, addDays(from, 6))} />
      {!data ? (
        <QueryState error={error} />
      ) : data.items.length === 0 ? (
        <Alert color="blue" title={t('week.emptyTitle')}>
          {t('week.empty')}
        </Alert>
      ) : (
        <Agenda agenda={byDay(data.items, data.from, data.to)} today={today} />
      )}
    </Stack>
  );
}

/** Overdue follow-ups shown before "Show all": enough to act on, not so many the week is out of sight. */
const OVERDUE_SHOWN = 5;

function Agenda({ agenda, today }: { agenda: ReturnType<typeof byDay>; today: string }) {
  const { t } = useTranslation();
  const days = useDayFormat();
  return (
    <Stack gap="lg">
      {agenda.overdue.length > 0 && (
        <AgendaSection
          title={t('week.overdue')}
          items={agenda.overdue}
          today={today}
          limit={OVERDUE_SHOWN}
        />
      )}
      {agenda.days.map(({ day, items }) => (
        <AgendaSection
          key={day}
          title={days.heading(day)}
          items={items}
          today={today}
          isToday={day === today}
        />
      ))}
    </Stack>
  );
}
