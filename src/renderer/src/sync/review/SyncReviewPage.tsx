import { useId } from 'react';
import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ConflictChoice } from '../../../../shared/domain/sync';
import { QueryState } from '../../app/QueryState';
import { useConflicts, useRejected, useResolveConflict, useSettleRejected } from '../queries';
import { syncNow } from '../run/syncRun';
import { ConflictCard } from './ConflictCard';
import { RejectedCard } from './RejectedCard';
import { notify } from '../notify';
import { useIssueText } from '../../issues/useIssueText';

/** `#/sync/review`: the clashes to settle and the changes the server refused. */
export function SyncReviewPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="xl" maw={960}>
      <Title order={2}>{t('sync.review.title')}</Title>
      <Conflicts />
      <Rejected />
    </Stack>
  );
}

function Conflicts() {
  const { t } = useTranslation();
  const issueText = useIssueText();
  const headingId = useId();
  const { data, error } = useConflicts();
  const resolve = useResolveConflict();
  const choose = (choice: ConflictChoice) =>
    resolve.mutate(choice, {
      onSuccess: () => notify(t(`sync.review.chose.${choice.choice}`)),
      onError: (failure) => notify(issueText(failure.message), 'red'),
    });
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={3} id={headingId}>
        {t('sync.review.conflicts')}
      </Title>
      {!data ? (
        <QueryState error={error} />
      ) : data.length === 0 ? (
        <Text>{t('sync.review.noConflicts')}</Text>
      ) : (
        <>
          <Text>{t('sync.review.conflictsHint')}</Text>
          {data.map((conflict) => (
            <ConflictCard
              key={conflict.id}
              conflict={conflict}
              busy={resolve.isPending && resolve.variables.id === conflict.id}
              onChoose={choose}
            />
          ))}
        </>
      )}
    </Stack>
  );
}

function Rejected() {
  const { t } = useTranslation();
  const issueText = useIssueText();
  const headingId = useId();
  const { data, error } = useRejected();
  const settle = useSettleRejected();
  const onSettle = (id: number, action: 'discard' | 'retry') =>
    settle.mutate(
      { id, action },
      {
        onSuccess: () => {
          notify(t(`sync.review.settled.${action}`));
          // A retried change goes up with the next sync: start it now.
          if (action === 'retry') void syncNow();
        },
        onError: (failure) => notify(issueText(failure.message), 'red'),
      },
    );
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={3} id={headingId}>
        {t('sync.review.rejected')}
      </Title>
      {!data ? (
        <QueryState error={error} />
      ) : data.length === 0 ? (
        <Text>{t('sync.review.noRejected')}</Text>
      ) : (
        data.map((change) => (
          <RejectedCard
            key={change.id}
            change={change}
            busy={settle.isPending && settle.variables.id === change.id}
            onSettle={(action) => onSettle(change.id, action)}
          />
        ))
      )}
    </Stack>
  );
}
