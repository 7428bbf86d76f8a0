import type { ReactNode } from 'react';
import { useState } from 'react';
import { Alert, Button, Center, Loader, Progress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format';
import { percentOf } from '../../../shared/jobs';
import { useRunningDemo } from './useRunningDemo';
import { WaysIn } from './WaysIn';

/**
 * A new book is filled with demo data by a job in the background; until it is done,
 * this screen shows how far it is instead of an empty app.
 */
export function FirstRunGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const format = useFormat();
  const status = useRunningDemo();
  const [dismissed, setDismissed] = useState(false);

  if (status.stage === 'ready' || dismissed) return <WaysIn>{children}</WaysIn>;
  if (status.stage === 'checking') {
    return (
      <Center h="100vh">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }
  if (status.stage === 'failed') {
    return (
      <Center h="100vh" p="md">
        <Stack maw={480}>
          <Alert color="red" title={t('firstRun.failed')} role="alert">
            {status.message}
          </Alert>
          <Button onClick={() => setDismissed(true)}>{t('firstRun.continue')}</Button>
        </Stack>
      </Center>
    );
  }
  const percent = percentOf(status.event);
  return (
    <Center h="100vh" p="md">
      <Stack w="100%" maw={480} gap="sm">
        <Title order={1} size="h3">
          {t('firstRun.preparing', { percent: format.percent(percent) })}
        </Title>
        <Progress value={percent} size="lg" aria-label={t('firstRun.progress')} animated />
        <Text c="dimmed" size="sm">
          {t('firstRun.once')}
        </Text>
      </Stack>
    </Center>
  );
}
