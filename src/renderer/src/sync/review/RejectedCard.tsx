import { useId } from 'react';
import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RejectedChange } from '../../../../shared/domain/sync';
import { useWhen } from '../useWhen';
import { ValueBox } from './ValueBox';
import { WhatChanged } from './WhatChanged';

interface Props {
  change: RejectedChange;
  busy: boolean;
  onSettle: (action: 'discard' | 'retry') => void;
}

/** A change the server refused, with its reason: drop it, or send it again. */
export function RejectedCard({ change, busy, onSettle }: Props) {
  const { t } = useTranslation();
  const when = useWhen();
  const headingId = useId();
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={headingId}>
      <Stack gap="sm">
        <WhatChanged headingId={headingId} {...change} />
        <ValueBox label={t('sync.review.refusedValue')} value={change.value}>
          <Text size="sm" c="gray.7" mt={4}>
            {t('sync.review.refusedAt', { when: when(change.rejectedAt) })}
          </Text>
        </ValueBox>
        <Text>
          <Text span fw={600}>
            {t('sync.review.reason')}
          </Text>{' '}
          <Text span dir="auto">
            {change.reason}
          </Text>
        </Text>
        {change.retrying && <Text fw={600}>{t('sync.review.retrying')}</Text>}
        <Group>
          <Button
            color="blue.8"
            loading={busy}
            disabled={change.retrying}
            onClick={() => onSettle('retry')}
          >
            {t('sync.review.retry')}
          </Button>
          <Button
            variant="outline"
            color="red.9"
            disabled={busy}
            onClick={() => onSettle('discard')}
          >
            {t('sync.review.discard')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
