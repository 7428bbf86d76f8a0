import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../../../../shared/domain/sync';
import { paths } from '../../app/router';
import { useFormat } from '../../i18n/format';

/** What waits and what needs a person; conflicts and rejected changes link to the review. */
export function SyncCounts({ status }: { status: SyncStatus }) {
  const { t } = useTranslation();
  const format = useFormat();
  const words = (key: string, count: number) => t(key, { count, n: format.number(count) });
  return (
    <>
      {status.waiting > 0 && (
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {words('sync.status.waiting', status.waiting)}
        </Text>
      )}
      {status.conflicts > 0 && (
        <Anchor href={paths.syncReview()} size="sm" c="red.9" underline="always" fw={600}>
          {words('sync.status.conflicts', status.conflicts)}
        </Anchor>
      )}
      {status.rejected > 0 && (
        <Anchor href={paths.syncReview()} size="sm" c="red.9" underline="always" fw={600}>
          {words('sync.status.rejected', status.rejected)}
        </Anchor>
      )}
      {status.held > 0 && (
        <Text size="sm" title={t('sync.status.heldWhy')} style={{ whiteSpace: 'nowrap' }}>
          {words('sync.status.held', status.held)}
        </Text>
      )}
    </>
  );
}
