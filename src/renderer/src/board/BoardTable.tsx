import { Badge, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BoardRow, Money } from '../../../shared/domain/board';
import { useEnumLabel } from '../app/enumOptions';
import { useFormat } from '../i18n/format';
import { pipelineTotals } from './currencies';

/** Amounts in each currency, one per line, the chosen currency first; whole units, as a board reads. */
function Amounts({ amounts, currency }: { amounts: Money[]; currency: string | null }) {
  const format = useFormat();
  if (amounts.length === 0) {
    return <Text size="sm">{currency ? format.money(0, currency) : format.text(null)}</Text>;
  }
  const sorted = [...amounts].sort(
    (a, b) => Number(b.currency === currency) - Number(a.currency === currency),
  );
  return (
    <Stack gap={0} align="flex-end">
      {sorted.map((m) => (
        <Text key={m.currency} size="sm" c={m.currency === currency ? undefined : 'dimmed'}>
          {format.money(Math.round(m.amount), m.currency)}
        </Text>
      ))}
    </Stack>
  );
}

/** The board as a table: one row per rep, their figures in columns. */
export function BoardTable({ rows, currency }: { rows: BoardRow[]; currency: string | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const label = useEnumLabel();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table aria-label={t('board.table')} striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('board.rep')}</Table.Th>
            <Table.Th ta="end">{t('board.bookSize')}</Table.Th>
            <Table.Th ta="end">{t('board.keyAccounts')}</Table.Th>
            <Table.Th ta="end">{t('board.pipeline')}</Table.Th>
            <Table.Th ta="end">{t('board.revenue')}</Table.Th>
            <Table.Th ta="end">{t('board.visited')}</Table.Th>
            <Table.Th ta="end">{t('board.overdue')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.memberId}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  <bdi>{row.name}</bdi>
                </Text>
                <Text size="xs" c="dimmed">
                  {row.teamName && (
                    <>
                      <bdi>{row.teamName}</bdi>
                      {' · '}
                    </>
                  )}
                  {label('memberFunction', row.function)}
                </Text>
              </Table.Td>
              <Table.Td ta="end">{format.number(row.bookSize)}</Table.Td>
              <Table.Td ta="end">{format.number(row.keyAccounts)}</Table.Td>
              <Table.Td ta="end">
                <Amounts amounts={pipelineTotals(row)} currency={currency} />
              </Table.Td>
              <Table.Td ta="end">
                <Amounts amounts={row.revenue} currency={currency} />
              </Table.Td>
              <Table.Td ta="end">
                {row.visitedShare === null ? (
                  format.text(null)
                ) : (
                  <>
                    <Text size="sm">{format.percent(row.visitedShare * 100)}</Text>
                    <Text size="xs" c="dimmed">
                      {t('board.visitedOf', {
                        visited: format.number(row.visited),
                        book: format.number(row.bookSize),
                      })}
                    </Text>
                  </>
                )}
              </Table.Td>
              <Table.Td ta="end">
                {row.overdueFollowUps > 0 ? (
                  <Badge color="red" variant="light">
                    {format.number(row.overdueFollowUps)}
                  </Badge>
                ) : (
                  format.number(0)
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
