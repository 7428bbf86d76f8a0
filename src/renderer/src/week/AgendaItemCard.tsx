import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../shared/domain/week';
import { paths } from '../app/router';
import { useFormat } from '../i18n/format';
import { ChannelLink } from './ChannelLink';
import { canComplete, isLate } from './days';
import { DoneButton } from './DoneButton';
import { useDayFormat } from './useDayFormat';

const KIND_COLOR: Record<AgendaItem['kind'], string> = {
  follow_up: 'blue',
  birthday: 'grape',
  work_anniversary: 'teal',
  account_anniversary: 'orange',
  holiday: 'green',
};

/** What the item is about: the next step, the holiday, or whose occasion it is. */
function headingOf(item: AgendaItem): string {
  switch (item.kind) {
    case 'birthday':
    case 'work_anniversary':
      return item.contact?.name ?? item.title;
    case 'account_anniversary':
      return item.account.name;
    default:
      return item.title;
  }
}

/** One thing the rep owes: what, where, with whom and how to reach them, and "Done". */
export function AgendaItemCard({ item, today }: { item: AgendaItem; today: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const heading = headingOf(item);
  const contact = item.contact;
  return (
    <Paper withBorder py="xs" px="sm" component="li">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Stack gap={4} miw={0}>
          <Group gap="xs" wrap="wrap">
            <Badge variant="light" color={KIND_COLOR[item.kind]} size="sm">
              {t(`week.kind.${item.kind}`)}
            </Badge>
            {isLate(item, today) && (
              <Badge variant="light" color="red" size="sm">
                {t('week.overdueSince', { date: format.date(item.day) })}
              </Badge>
            )}
            <Text fw={600} dir="auto">
              {heading}
            </Text>
            <Occasion item={item} />
          </Group>
          <Group gap="xs" wrap="wrap">
            <Anchor href={paths.account(item.account.id)} size="sm" dir="auto">
              {item.account.name}
            </Anchor>
            {contact && contact.name !== heading && (
              <Text size="sm" component="span" dir="auto">
                {contact.name}
              </Text>
            )}
            {contact?.title && (
              <Text size="sm" c="dimmed" component="span" dir="auto">
                {contact.title}
              </Text>
            )}
            {item.doNotContact ? (
              <Badge variant="light" color="red" size="sm">
                {t('week.doNotContact')}
              </Badge>
            ) : (
              <ChannelLink item={item} />
            )}
          </Group>
        </Stack>
        {canComplete(item) && <DoneButton item={item} what={heading} />}
      </Group>
    </Paper>
  );
}

/** How old, or since when: "Turns 55", "Customer since 2014". */
function Occasion({ item }: { item: AgendaItem }) {
  const { t } = useTranslation();
  const format = useFormat();
  const days = useDayFormat();
  if (item.years === null) return null;
  const text =
    item.kind === 'birthday'
      ? t('week.turns', { age: format.number(item.years) })
      : item.kind === 'work_anniversary'
        ? t('week.inJobSince', { year: days.yearsBefore(item.day, item.years) })
        : item.kind === 'account_anniversary'
          ? t('week.customerSince', { year: days.yearsBefore(item.day, item.years) })
          : null;
  return text ? (
    <Text size="sm" c="dimmed" component="span">
      {text}
    </Text>
  ) : null;
}
