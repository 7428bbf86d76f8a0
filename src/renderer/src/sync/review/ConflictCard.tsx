import { useId, useState } from 'react';
import { Button, Group, Paper, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { Trans, useTranslation } from 'react-i18next';
import type { ConflictChoice, SyncConflict } from '../../../../shared/domain/sync';
import { useWhen } from '../useWhen';
import { mergedDraft } from './values';
import { ValueBox } from './ValueBox';
import { WhatChanged } from './WhatChanged';

interface Props {
  conflict: SyncConflict;
  busy: boolean;
  onChoose: (choice: ConflictChoice) => void;
}

/** One clash: both values with who and when, and the three ways to settle it. */
export function ConflictCard({ conflict, busy, onChoose }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const [merging, setMerging] = useState(false);
  const [merged, setMerged] = useState(() =>
    mergedDraft(conflict.mine.value, conflict.theirs.value),
  );
  const { id } = conflict;
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={headingId}>
      <Stack gap="sm">
        <WhatChanged headingId={headingId} {...conflict} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <ValueBox label={t('sync.review.mine')} value={conflict.mine.value}>
            <Who side={conflict.mine} />
          </ValueBox>
          <ValueBox label={t('sync.review.theirs')} value={conflict.theirs.value}>
            <Who side={conflict.theirs} />
          </ValueBox>
        </SimpleGrid>
        {merging ? (
          <Stack gap="xs">
            <Textarea
              label={t('sync.review.mergedLabel')}
              value={merged}
              onChange={(event) => setMerged(event.currentTarget.value)}
              autosize
              minRows={3}
              dir="auto"
              autoFocus
            />
            <Group>
              <Button
                color="blue.8"
                loading={busy}
                onClick={() => onChoose({ id, choice: 'merged', value: merged })}
              >
                {t('sync.review.saveMerged')}
              </Button>
              <Button variant="default" onClick={() => setMerging(false)}>
                {t('sync.review.cancel')}
              </Button>
            </Group>
          </Stack>
        ) : (
          <Group>
            <Button color="blue.8" loading={busy} onClick={() => onChoose({ id, choice: 'mine' })}>
              {t('sync.review.keepMine')}
            </Button>
            <Button
              variant="default"
              disabled={busy}
              onClick={() => onChoose({ id, choice: 'theirs' })}
            >
              {t('sync.review.takeTheirs')}
            </Button>
            {conflict.text && (
              <Button variant="default" disabled={busy} onClick={() => setMerging(true)}>
                {t('sync.review.editMerged')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

function Who({ side }: { side: SyncConflict['mine'] }) {
  const { t } = useTranslation();
  const when = useWhen();
  return (
    <Text size="sm" c="gray.7" mt={4}>
      <Trans
        t={t}
        i18nKey={side.by ? 'sync.review.changedBy' : 'sync.review.changedAt'}
        values={{ who: side.by ?? '', when: when(side.at) }}
        components={{ who: <bdi /> }}
      />
    </Text>
  );
}
