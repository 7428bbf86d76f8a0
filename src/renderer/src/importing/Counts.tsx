import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportJobResult } from '../../../shared/imports';
import { useFormat } from '../i18n/format';

/** New, updated, unchanged and refused rows: of a dry run (would be) or of the import. */
export function Counts({ result }: { result: ImportJobResult }) {
  const { t } = useTranslation();
  const format = useFormat();
  const figures = [
    ['created', result.created],
    ['updated', result.updated],
    ['unchanged', result.unchanged],
    ['refused', result.errors],
  ] as const;
  return (
    <Group gap="xl" role="list" aria-label={t('importScreen.counts')}>
      {figures.map(([name, value]) => (
        <Stack key={name} gap={0} role="listitem" data-testid={`import-${name}`}>
          <Text size="xl" fw={700} c={name === 'refused' && value > 0 ? 'red.8' : undefined}>
            {format.number(value)}
          </Text>
          <Text size="sm">{t(`importScreen.${name}`)}</Text>
        </Stack>
      ))}
    </Group>
  );
}
