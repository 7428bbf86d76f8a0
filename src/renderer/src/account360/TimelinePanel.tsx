import { Badge, Button, Group, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InteractionKind } from '../../../shared/domain/enums';
import type { AccountOverview } from '../../../shared/domain/overview';
import { useTimeline, type TimelineFilter } from '../accounts/overviewQueries';
import { useFormat } from '../i18n/format';
import { Panel } from './Panel';

/** Interactions shown at first, and added by each "load more". */
const STEP = 10;

/** The account's interactions, newest first, by kind and contact, a page at a time. */
export function TimelinePanel({ overview }: { overview: AccountOverview }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [filter, setFilter] = useState<TimelineFilter>({ kind: null, contactId: null });
  const timeline = useTimeline(overview.account.id, filter, overview.timeline);
  const names = new Map(overview.contacts.map((c) => [c.id, c.name]));
  const [visible, setVisible] = useState(STEP);
  const loaded = timeline.data?.pages.flatMap((p) => p.interactions) ?? [];
  const shown = loaded.slice(0, visible);
  const loadMore = () => {
    setVisible((v) => v + STEP);
    if (loaded.length < visible + STEP && timeline.hasNextPage) void timeline.fetchNextPage();
  };
  const kinds = InteractionKind.options.map((kind) => ({
    value: kind,
    label: `${t(`account360.interactionKind.${kind}`)} (${format.number(overview.timeline.byKind[kind] ?? 0)})`,
  }));
  const filtered = filter.kind || filter.contactId;
  return (
    <Panel title={t('account360.timeline.title')}>
      <Group gap="xs" mb="sm" grow>
        <Select
          label={t('account360.timeline.kind')}
          placeholder={t('account360.timeline.all')}
          data={kinds}
          value={filter.kind}
          onChange={(kind) => {
            setVisible(STEP);
            setFilter((f) => ({ ...f, kind: kind as TimelineFilter['kind'] }));
          }}
          clearable
          size="xs"
        />
        <Select
          label={t('account360.timeline.contact')}
          placeholder={t('account360.timeline.allContacts')}
          data={overview.contacts.map((c) => ({ value: c.id, label: c.name }))}
          value={filter.contactId}
          onChange={(contactId) => {
            setVisible(STEP);
            setFilter((f) => ({ ...f, contactId }));
          }}
          clearable
          searchable
          size="xs"
        />
      </Group>
      {!filtered && (
        <Text size="xs" c="dimmed" mb="xs">
          {t('account360.timeline.count', {
            shown: format.number(shown.length),
            total: format.number(overview.timeline.total),
          })}
        </Text>
      )}
      <Stack
        gap="xs"
        component="ol"
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
        aria-label={t('account360.timeline.title')}
      >
        {timeline.isSuccess && shown.length === 0 && (
          <Text component="li" c="dimmed">
            {t('account360.timeline.empty')}
          </Text>
        )}
        {shown.map((item) => (
          <li key={item.id} data-testid="timeline-item">
            <Group gap={6} wrap="nowrap" align="baseline">
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {format.date(item.occurredAt.slice(0, 10))}
              </Text>
              <Badge size="xs" variant="light" color="grape">
                {t(`account360.interactionKind.${item.kind}`)}
              </Badge>
              <Text size="sm" fw={500} dir="auto" lineClamp={1} title={item.subject}>
                {item.subject}
              </Text>
            </Group>
            {(item.outcome || item.contactIds.length > 0 || item.nextStep) && (
              <Text size="xs" ps="md" dir="auto">
                {item.contactIds.length > 0 &&
                  `${t('account360.timeline.with')}: ${item.contactIds.map((id) => names.get(id) ?? '…').join(', ')}. `}
                {item.outcome && `${t('account360.timeline.outcome')}: ${item.outcome} `}
                {item.nextStep &&
                  `${t('account360.timeline.nextStep')}: ${item.nextStep}${item.nextStepDue ? ` (${t('account360.timeline.due', { date: format.date(item.nextStepDue) })})` : ''}`}
              </Text>
            )}
          </li>
        ))}
      </Stack>
      {(loaded.length > visible || timeline.hasNextPage) && (
        <Button
          variant="default"
          size="xs"
          mt="sm"
          onClick={loadMore}
          loading={timeline.isFetchingNextPage}
        >
          {t('account360.timeline.more')}
        </Button>
      )}
    </Panel>
  );
}
