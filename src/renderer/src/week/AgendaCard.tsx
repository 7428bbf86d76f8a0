import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../shared/domain/week';
import { paths } from '../app/router';
import { useFormat } from '../i18n/format';
import { ChannelLink } from './ChannelLink';
import { canComplete, isLate } from './days';
import { DoneButton } from './DoneButton';
import { LogButtons } from '../record/LogButtons';
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

/**
 * One card of the agenda: what, where, with whom and how to reach them, "Log visit",
 * "Log call" and "Done".
 * A holiday at an account is one card with a line per contact to greet.
 */
export function AgendaCard({ items, today }: { items: AgendaItem[]; today: string }) {
  const first = items[0]!;
  const heading = headingOf(first);
  const single = items.length === 1;
  return (
    <Paper withBorder py="xs" px="sm" component="li">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Stack gap={4} miw={0}>
          <ItemHeading item={first} heading={heading} today={today} />
          <Group gap="xs" wrap="wrap">
            <Anchor href={paths.account(first.account.id)} size="sm" dir="auto">
              {first.account.name}
            </Anchor>
            {single && <ContactLine item={first} heading={heading} />}
          </Group>
        </Stack>
        {single && <ItemActions item={first} what={heading} />}
      </Group>
      {!single && (
        <Stack component="ul" gap={4} mt="xs" className="agenda-list">
          {items.map((item) => (
            <Group component="li" key={item.contact?.id} justify="space-between" gap="xs">
              <Group gap="xs" wrap="wrap">
                <ContactLine item={item} heading={heading} />
              </Group>
              <ItemActions item={item} what={`${heading}: ${item.contact?.name ?? ''}`} />
            </Group>
          ))}
        </Stack>
      )}
    </Paper>
  );
}

/**
 * Logging a visit or call at the item's account, with its contact, and "Done"; nothing
 * for a greeting to someone not to be contacted.
 */
function ItemActions({ item, what }: { item: AgendaItem; what: string }) {
  if (!canComplete(item)) return null;
  return (
    <Group gap={6} wrap="nowrap">
      <LogButtons accountId={item.account.id} contactId={item.contact?.id} about={what} size="xs" />
      <DoneButton item={item} what={what} />
    </Group>
  );
}

function ItemHeading({
  item,
  heading,
  today,
}: {
  item: AgendaItem;
  heading: string;
  today: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Group gap="xs" wrap="wrap">
      <Badge variant="light" color={KIND_COLOR[item.kind]} size="sm">
        {t(`enum.agendaKind.${item.kind}`)}
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
  );
}

/** The contact (unless the heading names them already), their title, and how to reach them. */
function ContactLine({ item, heading }: { item: AgendaItem; heading: string }) {
  const { t } = useTranslation();
  const contact = item.contact;
  return (
    <>
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
    </>
  );
}

/** How old, or since when: "turns 55", "customer since 2014". */
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
