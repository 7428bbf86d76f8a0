import { Anchor, Button, Group, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  LIFECYCLES,
  STYLES,
  TIERS,
  accountIdAt,
  codeAt,
  type CurrencyPoints,
} from '../../../shared/domain/selection';
import { useEnumLabel } from '../app/enumOptions';
import { paths } from '../app/router';
import { useFormat } from '../i18n/format';
import { useSelectionLabels } from './useSelection';

const PAGE = 50;

interface Props {
  points: CurrencyPoints;
  /** Positions 0 to shown - 1 are in the chart, most profit potential first. */
  shown: number;
  currency: string;
}

/**
 * The chart's points as a table, most profit potential first: what a screen reader or a
 * keyboard user reaches the accounts through, a page at a time (never 94k rows at once).
 */
export function PointsTable({ points, shown, currency }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const [pages, setPages] = useState(1);
  const rows = Math.min(pages * PAGE, shown);
  return (
    <>
      <Table.ScrollContainer minWidth={720}>
        <Table striped captionSide="top">
          <Table.Caption>{t('selection.table')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('selection.name')}</Table.Th>
              <Table.Th>{t('selection.style')}</Table.Th>
              <Table.Th>{t('selection.tier')}</Table.Th>
              <Table.Th>{t('selection.lifecycle')}</Table.Th>
              <Table.Th>{t('selection.profit')}</Table.Th>
              <Table.Th>{t('selection.cost')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {Array.from({ length: Math.ceil(rows / PAGE) }, (_, p) => (
              <Rows
                key={p}
                points={points}
                from={p * PAGE}
                to={Math.min((p + 1) * PAGE, rows)}
                currency={currency}
              />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group justify="space-between">
        <Text c="dimmed" size="sm">
          {t('selection.showing', { shown: format.number(rows), total: format.number(shown) })}
        </Text>
        {rows < shown && (
          <Button variant="light" onClick={() => setPages((n) => n + 1)}>
            {t('selection.more', { count: Math.min(PAGE, shown - rows) })}
          </Button>
        )}
      </Group>
    </>
  );
}

/** One page of rows, drawn once its accounts' names have come. */
function Rows({ points, from, to, currency }: Omit<Props, 'shown'> & { from: number; to: number }) {
  const label = useEnumLabel();
  const format = useFormat();
  const ids = Array.from({ length: to - from }, (_, k) => accountIdAt(points, from + k));
  const { data } = useSelectionLabels(ids);
  if (!data) return null;
  const byId = new Map(data.map((account) => [account.id, account]));
  const amount = (value: number | null) => <span dir="ltr">{format.money(value, currency)}</span>;
  return ids.map((id, k) => {
    const account = byId.get(id);
    // An account archived since the chart was read: the chart's refetch drops it too.
    if (!account) return null;
    return (
      <Table.Tr key={account.id}>
        <Table.Td>
          <Anchor href={paths.account(account.id)} dir="auto">
            {account.name}
          </Anchor>
        </Table.Td>
        <Table.Td>{label('relationshipStyle', STYLES[codeAt(points, from + k, 'style')])}</Table.Td>
        <Table.Td>{TIERS[codeAt(points, from + k, 'tier')]}</Table.Td>
        <Table.Td>{label('lifecycle', LIFECYCLES[codeAt(points, from + k, 'lifecycle')])}</Table.Td>
        <Table.Td>{amount(account.profit)}</Table.Td>
        <Table.Td>{amount(account.cost)}</Table.Td>
      </Table.Tr>
    );
  });
}
