import { useId } from 'react';
import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../shared/domain/week';
import { AgendaCard } from './AgendaCard';
import { cardsOf } from './days';

/** A day of the agenda (or the overdue pile) with what falls on it. */
export function AgendaSection({
  title,
  items,
  today,
  isToday = false,
}: {
  title: string;
  items: AgendaItem[];
  today: string;
  isToday?: boolean;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <Stack component="section" aria-labelledby={headingId} gap="xs">
      <Group gap="xs">
        <Title order={3} size="h5" id={headingId}>
          {title}
        </Title>
        {isToday && (
          <Badge variant="light" size="sm">
            {t('week.today')}
          </Badge>
        )}
      </Group>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('week.nothingDue')}
        </Text>
      ) : (
        <Stack component="ul" gap="xs" className="agenda-list">
          {cardsOf(items).map((card) => (
            <AgendaCard key={keyOf(card[0]!)} items={card} today={today} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

/** A follow-up is its interaction; a greeting its occasion, day and person. */
function keyOf(item: AgendaItem): string {
  const ref = item.ref;
  return ref.kind === 'follow_up'
    ? ref.interactionId
    : `${ref.occasion}|${ref.date}|${ref.accountId}|${ref.contactId ?? ''}|${ref.name}`;
}
