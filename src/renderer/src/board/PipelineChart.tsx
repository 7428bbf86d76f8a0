import { useDirection } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BoardRow } from '../../../shared/domain/board';
import { SellingStep } from '../../../shared/domain/enums';
import { Chart } from '../account360/Chart';
import { useFormat } from '../i18n/format';

/** The seven steps from first contact to follow-up, light to dark. */
const COLORS = ['#d0ebff', '#a5d8ff', '#74c0fc', '#4dabf7', '#228be6', '#1971c2', '#0b3d75'];
const BAR = 28;

/**
 * Each rep's open pipeline in one currency, stacked by selling step: where a team's deals
 * stand, rep by rep. The table beside it holds the same figures.
 */
export function PipelineChart({ rows, currency }: { rows: BoardRow[]; currency: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { dir } = useDirection();
  const valueAt = (row: BoardRow, step: string) =>
    row.pipeline.find((p) => p.step === step && p.currency === currency)?.value ?? 0;
  const steps = SellingStep.options.map((step) => t(`account360.sellingStep.${step}`));
  const option = {
    color: COLORS,
    grid: { left: 8, right: 16, top: 56, bottom: 8, containLabel: true },
    // The legend is laid out left to right: reversed, it reads from the first step in Persian.
    legend: { top: 0, type: 'scroll', data: dir === 'rtl' ? [...steps].reverse() : steps },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (v: number) => format.money(v, currency),
    },
    xAxis: {
      type: 'value',
      inverse: dir === 'rtl',
      axisLabel: { formatter: (v: number) => format.number(v) },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      position: dir === 'rtl' ? 'right' : 'left',
      data: rows.map((r) => r.name),
      axisLabel: { overflow: 'truncate', width: 140 },
    },
    series: SellingStep.options.map((step, i) => ({
      name: steps[i],
      type: 'bar',
      stack: 'pipeline',
      barMaxWidth: BAR - 8,
      data: rows.map((row) => valueAt(row, step)),
    })),
  };
  return (
    <Chart option={option} label={t('board.chart', { currency })} height={80 + rows.length * BAR} />
  );
}
