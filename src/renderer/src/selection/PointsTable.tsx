import { Anchor, Button, Group, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIFECYCLES, STYLES, TIERS, type SelectionPoints } from '../../../shared/domain/selection';
import { useEnumLabel } from '../app/enumOptions';
import { paths } from '../app/router';
import { useFormat } from '../i18n/format';

const PAGE = 50;

/**
 * The chart's points as a table, most profit potential first: what a screen reader or a
 * keyboard user reaches the accounts through, a page at a time.
 */
export function PointsTable({
  points,
  order,
  currency,
}: {
  points: SelectionPoints;
  order: number[];
  currency: string;
}) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  const [shown, setShown] = useState(PAGE);
  const rows = order.slice(0, shown);
  const amount = (value: number | null) => <span dir="ltr">{format.money(value, currency)}</span>;
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
            {rows.map((i) => (
              <Table.Tr key={points.ids[i]}>
                <Table.Td>
                  <Anchor href={paths.account(points.ids[i]!)} dir="auto">
                    {points.names[i]}
                  </Anchor>
                </Table.Td>
                <Table.Td>{label('relationshipStyle', STYLES[points.style[i]!])}</Table.Td>
                <Table.Td>{TIERS[points.tier[i]!]}</Table.Td>
                <Table.Td>{label('lifecycle', LIFECYCLES[points.lifecycle[i]!])}</Table.Td>
                <Table.Td>{amount(points.profit[i]!)}</Table.Td>
                <Table.Td>{amount(points.cost[i]!)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group justify="space-between">
        <Text c="dimmed" size="sm">
          {t('selection.showing', {
            shown: format.number(rows.length),
            total: format.number(order.length),
          })}
        </Text>
        {rows.length < order.length && (
          <Button variant="light" onClick={() => setShown((n) => n + PAGE)}>
            {t('selection.more', { count: Math.min(PAGE, order.length - rows.length) })}
          </Button>
        )}
      </Group>
    </>
  );
}
