import { Alert, Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** What a page shows while its query loads or after it failed. */
export function QueryState({ error }: { error: Error | null }) {
  const { t } = useTranslation();
  if (error) {
    return (
      <Alert color="red" title={t('app.error')} role="alert">
        {error.message}
      </Alert>
    );
  }
  return (
    <Center p="xl">
      <Loader aria-label={t('app.loading')} />
    </Center>
  );
}
