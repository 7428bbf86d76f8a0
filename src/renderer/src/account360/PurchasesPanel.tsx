import { Table, Text, useDirection } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PurchaseSummary } from '../../../shared/domain/overview';
import { useFormat } from '../i18n/format';
import { Chart } from './Chart';
import { Panel } from './Panel';
import { purchaseYears } from './purchaseYears';

const COLORS = ['#adb5bd', '#4dabf7', '#1864ab'];

/** What the account bought per product line: the year before, last year and this year. */
export function PurchasesPanel({ purchases }: { purchases: PurchaseSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { dir } = useDirection();
  const { years, rows } = purchaseYears(purchases);
  const yearText = new Intl.NumberFormat(format.locale, { useGrouping: false }).format;
  const own = rows.filter((row) => row.currency === purchases.currency);
  const option = {
    color: COLORS,
    grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
    legend: { top: 0 },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (v: number) => format.money(v, purchases.currency),
    },
    xAxis: {
      type: 'category',
      inverse: dir === 'rtl',
      data: own.map((line) => line.productLine),
      axisLabel: { interval: 0, overflow: 'truncate', width: 130 },
    },
    yAxis: {
      type: 'value',
      position: dir === 'rtl' ? 'right' : 'left',
      axisLabel: { formatter: (v: number) => format.number(v) },
    },
    series: years.map((year, index) => ({
      name: yearText(year),
      type: 'bar',
      data: own.map((row) => row.amounts[index]),
    })),
  };
  return (
    <Panel title={t('account360.purchases.title')} wide>
      {purchases.lines.length === 0 ? (
        <Text c="dimmed">{t('account360.purchases.empty')}</Text>
      ) : (
        <>
          {own.length > 0 && <Chart option={option} label={t('account360.purchases.chart')} />}
          <Table.ScrollContainer minWidth={520}>
            <Table aria-label={t('account360.purchases.title')} striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('account360.purchases.productLine')}</Table.Th>
                  {years.map((year) => (
                    <Table.Th key={year} ta="end">
                      {yearText(year)}
                    </Table.Th>
                  ))}
                  <Table.Th ta="end">{t('account360.purchases.total')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((line) => (
                  <Table.Tr key={`${line.productLine}/${line.currency}`}>
                    <Table.Td>
                      <bdi>{line.productLine}</bdi>
                      {line.currency !== purchases.currency && (
                        <Text span size="xs" c="dimmed" ms={4}>
                          ({t('account360.purchases.otherCurrency', { currency: line.currency })})
                        </Text>
                      )}
                    </Table.Td>
                    {[...line.amounts, line.total].map((amount, index) => (
                      <Table.Td key={index} ta="end">
                        <span className="a360-data">{format.money(amount, line.currency)}</span>
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Panel>
  );
}
