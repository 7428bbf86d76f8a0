import { Alert, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../app/QueryState';
import { BoardTable } from './BoardTable';
import { currenciesOf } from './currencies';
import { PipelineChart } from './PipelineChart';
import { useTeamBoard } from './queries';
import { TeamSelect } from './TeamSelect';

/**
 * `#/board` (issue 20): one row per rep of the lead's teams — book, key accounts, open
 * pipeline by selling step, credit-weighted revenue, visits and overdue follow-ups — as a
 * table and a chart of the pipeline.
 */
export function BoardPage() {
  const { t } = useTranslation();
  const [teamId, setTeamId] = useState<string | null>(null);
  const [chosen, setCurrency] = useState<string | null>(null);
  const { data, error } = useTeamBoard(teamId);
  const currencies = data ? currenciesOf(data.rows) : [];
  const currency = chosen && currencies.includes(chosen) ? chosen : (currencies[0] ?? null);
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={2}>{t('board.title')}</Title>
        <Text c="dimmed">{t('board.intro')}</Text>
      </Stack>
      {!data ? (
        <QueryState error={error} />
      ) : (
        <>
          <Group gap="md" align="flex-end">
            <TeamSelect teams={data.teams} value={data.teamId} onChange={setTeamId} />
            {currencies.length > 1 && (
              <Stack gap={4}>
                <Text size="sm" fw={500} id="board-currency">
                  {t('board.currency')}
                </Text>
                <SegmentedControl
                  aria-labelledby="board-currency"
                  data={currencies}
                  value={currency ?? undefined}
                  onChange={setCurrency}
                />
              </Stack>
            )}
          </Group>
          {data.rows.length === 0 ? (
            <Alert color="blue" title={t('board.emptyTitle')}>
              {t('board.empty')}
            </Alert>
          ) : (
            <>
              {currency && (
                <Stack gap="xs">
                  <Title order={3} size="h4">
                    {t('board.chartTitle', { currency })}
                  </Title>
                  <PipelineChart rows={data.rows} currency={currency} />
                </Stack>
              )}
              <BoardTable rows={data.rows} currency={currency} />
            </>
          )}
        </>
      )}
    </Stack>
  );
}
