import { useId, useState } from 'react';
import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../shared/domain/week';
import { AgendaCard } from './AgendaCard';
import { cardsOf } from './days';
import { useFormat } from '../i18n/format';

/**
 * A day of the agenda (or the overdue pile) with what falls on it; `limit` shows the
 * first cards only until the rep asks for all, so a long pile does not hide the week.
 */
export function AgendaSection({
  title,
  items,
  today,
  isToday = false,
  limit = Infinity,
}: {
  title: string;
  items: AgendaItem[];
  today: string;
  isToday?: boolean;
  limit?: number;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const [showAll, setShowAll] = useState(false);
  const cards = cardsOf(items);
  const shown = showAll ? cards : cards.slice(0, limit);
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
          {shown.map((card) => (
            <AgendaCard key={keyOf(card[0]!)} items={card} today={today} />
          ))}
        </Stack>
      )}
      {shown.length < cards.length && (
        <Group>
          <Button variant="subtle" size="xs" onClick={() => setShowAll(true)}>
            {t('week.showAll', { count: format.number(cards.length) })}
          </Button>
        </Group>
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
