import { Button, Group, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format';

/** How far a job is, named, with Cancel when it may be stopped. */
export function JobProgress({
  label,
  done,
  total,
  onCancel,
}: {
  label: string;
  done: number;
  total: number;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Group gap="sm">
      <Text size="sm">{label}</Text>
      <Progress
        value={total > 0 ? Math.round((done / total) * 100) : 0}
        w={220}
        aria-label={label}
      />
      {total > 0 && (
        <Text size="sm">
          {format.number(done)} / {format.number(total)}
        </Text>
      )}
      {onCancel && (
        <Button variant="default" size="xs" onClick={onCancel}>
          {t('importScreen.cancel')}
        </Button>
      )}
    </Group>
  );
}
