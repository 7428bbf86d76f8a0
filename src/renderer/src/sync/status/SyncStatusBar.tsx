import { Anchor, Button, Group, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { paths } from '../../app/router';
import { useFormat } from '../../i18n/format';
import { useAutoSync } from '../auto/useAutoSync';
import { useOnline } from '../auto/useOnline';
import { useSyncStatus } from '../queries';
import { syncNow, useSyncRun } from '../run/syncRun';
import { useWhen } from '../useWhen';
import { headlineOf, type Headline } from './headline';
import { SyncCounts } from './SyncCounts';
import { notify } from '../notify';

/**
 * The sync status, always visible at the foot of the window: what is happening now,
 * what waits, what needs a person, and "Sync now".
 */
export function SyncStatusBar() {
  const { t } = useTranslation();
  const { data: status } = useSyncStatus();
  const online = useOnline();
  const running = useSyncRun((s) => s.running);
  const failure = useSyncRun((s) => s.failure);
  useAutoSync(status);
  if (!status) return null;

  const headline = headlineOf(status, { running, failure }, online);
  const onSyncNow = async () => {
    if ((await syncNow()) === 'busy') {
      notify(t('sync.status.busy'), 'gray');
    }
  };
  return (
    <Group h="100%" px="md" gap="md" wrap="nowrap" justify="space-between">
      <Group gap="sm" wrap="nowrap" miw={0}>
        {headline.kind === 'syncing' && <Loader size="xs" color="blue.8" aria-hidden />}
        <Text
          size="sm"
          role="status"
          truncate="end"
          miw={0}
          fw={500}
          c={headline.kind === 'failed' ? 'red.9' : undefined}
          title={headline.kind === 'failed' ? headline.message : undefined}
        >
          <HeadlineText headline={headline} />
        </Text>
        {headline.kind === 'off' && (
          <Anchor href={paths.syncSetup()} size="sm" c="blue.8" underline="always">
            {t('sync.status.setUp')}
          </Anchor>
        )}
        {status.target && <SyncCounts status={status} />}
      </Group>
      {status.target && (
        <Group gap="sm" wrap="nowrap">
          <Anchor href={paths.syncSetup()} size="sm" c="blue.8" underline="always">
            {t('sync.status.settings')}
          </Anchor>
          <Button
            size="xs"
            color="blue.8"
            disabled={running !== null}
            onClick={() => void onSyncNow()}
          >
            {t('sync.status.syncNow')}
          </Button>
        </Group>
      )}
    </Group>
  );
}

function HeadlineText({ headline }: { headline: Headline }) {
  const { t } = useTranslation();
  const format = useFormat();
  const when = useWhen();
  switch (headline.kind) {
    case 'off':
      return t('sync.status.off');
    case 'syncing':
      return ['push', 'pull', 'purge'].includes(headline.phase)
        ? t(`sync.status.phase.${headline.phase}`, { n: format.number(headline.done) })
        : t('sync.status.starting');
    case 'offline':
      return headline.lastSyncAt
        ? t('sync.status.offlineSince', { time: when(headline.lastSyncAt) })
        : t('sync.status.offline');
    case 'failed':
      return t('sync.status.failed', { message: headline.message });
    case 'synced':
      return t('sync.status.synced', { time: when(headline.at) });
    case 'never':
      return t('sync.status.never');
  }
}
