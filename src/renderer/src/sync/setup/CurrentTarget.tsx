import { Button, Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../../../../shared/domain/sync';

type Target = NonNullable<SyncStatus['target']>;

/** Where the book syncs now, and the way to stop. */
export function CurrentTarget(props: { target: Target; stopping: boolean; onStop: () => void }) {
  const { t } = useTranslation();
  const { target } = props;
  const where = target.kind === 'folder' ? target.spec.replace(/^folder:/, '') : target.spec;
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Text>
          {t(target.kind === 'folder' ? 'sync.setup.nowFolder' : 'sync.setup.nowServer')}{' '}
          <Text span fw={600} dir="ltr">
            <bdi>{where}</bdi>
          </Text>
        </Text>
        <Button variant="outline" color="red.9" loading={props.stopping} onClick={props.onStop}>
          {t('sync.setup.stop')}
        </Button>
      </Group>
    </Paper>
  );
}
