import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Panel } from '../account360/Panel';
import { QueryState } from '../app/QueryState';
import { CoverageTimeline } from './CoverageTimeline';
import { FieldChanges } from './FieldChanges';
import { useAccountHistory } from './queries';

/** The account's history on its 360: who covered it when, and what changed on it. */
export function HistoryPanel({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const { data, error } = useAccountHistory(accountId);
  return (
    <Panel title={t('history.title')} wide>
      <div data-testid="history-panel">
        {!data ? (
          <QueryState error={error} />
        ) : (
          <Stack gap="md">
            <Stack gap="xs">
              <Title order={4} size="h6">
                {t('history.coverage')}
              </Title>
              <CoverageTimeline coverage={data.coverage} />
            </Stack>
            <Stack gap="xs">
              <Title order={4} size="h6">
                {t('history.changes')}
              </Title>
              <FieldChanges changes={data.changes} names={data.names} />
            </Stack>
          </Stack>
        )}
      </div>
    </Panel>
  );
}
