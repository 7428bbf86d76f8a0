import { useMantineTheme } from '@mantine/core';
import { ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/lib/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  LIFECYCLES,
  STYLES,
  accountIdAt,
  codeAt,
  type CurrencyPoints,
} from '../../../shared/domain/selection';
import { navigate, paths } from '../app/router';
import { useEnumLabel } from '../app/enumOptions';
import { useFormat } from '../i18n/format';
import { useLanguageStore } from '../i18n/languageStore';
import { directionOf } from '../i18n/languages';
import { CHART_HEIGHT, GRID, type ColourBy, type Plot } from '../../../shared/domain/selectionPlot';
import { usePointLabels } from './usePointLabels';
import { useLabelOf } from './useSelection';

echarts.use([ScatterChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

const SYMBOL_SIZES = [6, 9, 13, 18];

interface Props {
  points: CurrencyPoints;
  plot: Plot;
  colourBy: ColourBy;
  currency: string;
}

/**
 * The accounts as a scatter of relationship style (five bands, spread within each)
 * against profit potential. One series per colour and size band, so that ECharts can
 * draw each in its `large` mode (one size per series) and progressively, 100k points
 * included; the legend toggles a colour's series together, as they share its name.
 */
export function SelectionChart({ points, plot, colourBy, currency }: Props) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  const theme = useMantineTheme();
  const rtl = directionOf(useLanguageStore((s) => s.language)) === 'rtl';
  const describe = usePointLabels(currency);
  const labelOf = useLabelOf();

  const option = useMemo(() => {
    const colours =
      colourBy === 'tier'
        ? [theme.colors.blue[8], theme.colors.teal[8], theme.colors.orange[8]]
        : [
            theme.colors.violet[7],
            theme.colors.green[8],
            theme.colors.red[8],
            theme.colors.gray[6],
          ];
    const groupName = (g: number) =>
      colourBy === 'tier'
        ? t('selection.tierValue', { tier: 'ABC'[g] })
        : label('lifecycle', LIFECYCLES[g]);
    const compact = new Intl.NumberFormat(format.locale, { notation: 'compact' });
    return {
      animation: false,
      grid: {
        top: GRID.top,
        bottom: GRID.bottom,
        left: rtl ? GRID.end : GRID.start,
        right: rtl ? GRID.start : GRID.end,
      },
      legend: { top: 8 },
      tooltip: {
        trigger: 'item',
        // The name is fetched by id when a point is hovered: ECharts shows what is
        // returned at once, then what `done` gives for the same ticket.
        formatter: (
          p: { seriesIndex: number; dataIndex: number },
          ticket: string,
          done: (ticket: string, html: string) => void,
        ) => {
          const i = plot.series[p.seriesIndex]!.members[p.dataIndex]!;
          const style = codeAt(points, i, 'style');
          void labelOf(accountIdAt(points, i)).then((account) =>
            done(ticket, describe(style, account)),
          );
          return describe(style, undefined);
        },
      },
      // A value axis places the points (a style's band is its index ± 0.5); a category
      // axis over the same width writes each style's name under the middle of its band.
      xAxis: [
        {
          type: 'value',
          min: -0.5,
          max: STYLES.length - 0.5,
          inverse: rtl,
          show: false,
        },
        {
          type: 'category',
          position: 'bottom',
          data: STYLES.map((s) => label('relationshipStyle', s)),
          inverse: rtl,
          axisTick: { show: false },
          axisLabel: { interval: 0, width: 140, overflow: 'break' },
          name: t('selection.style'),
          nameLocation: 'middle',
          nameGap: 44,
        },
      ],
      yAxis: {
        type: 'value',
        min: 0,
        max: plot.yMax,
        position: rtl ? 'right' : 'left',
        // at the plot's edge, not where the style axis passes zero (transactional)
        axisLine: { onZero: false },
        axisLabel: { formatter: (v: number) => compact.format(v) },
        name: `${t('selection.profit')} (${currency})`,
        nameTextStyle: { align: rtl ? 'right' : 'left' },
      },
      series: plot.series.map((s) => ({
        type: 'scatter',
        xAxisIndex: 0,
        name: groupName(s.group),
        data: s.xy,
        dimensions: ['x', 'y'],
        symbolSize: SYMBOL_SIZES[s.sizeBand],
        itemStyle: { color: colours[s.group], opacity: 0.75 },
        // One path per series instead of an element per point, whatever its size (a
        // small series of a big book would otherwise cost thousands of elements), drawn
        // a few thousand points a frame: the first frame comes at once.
        large: true,
        largeThreshold: 1,
        progressive: 1000,
        progressiveThreshold: 3000,
        cursor: 'pointer',
      })),
    };
  }, [plot, points, colourBy, currency, rtl, theme, t, label, format.locale, describe, labelOf]);

  // Busy until ECharts has drawn the last of the points' frames.
  const [drawn, setDrawn] = useState<object | null>(null);
  const onEvents = useMemo(
    () => ({
      click: (p: { seriesIndex: number; dataIndex: number }) => {
        const position = plot.series[p.seriesIndex]?.members[p.dataIndex];
        if (position !== undefined) navigate(paths.account(accountIdAt(points, position)));
      },
      finished: () => setDrawn(option),
    }),
    [plot, points, option],
  );

  return (
    <div
      role="img"
      aria-label={t('selection.chart', { count: plot.shown })}
      aria-busy={drawn !== option}
      data-testid="selection-chart"
    >
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        notMerge
        // drawn on the next frame, after the events are bound: a small chart would
        // otherwise finish inside setOption, before `finished` has a listener
        lazyUpdate
        onEvents={onEvents}
        style={{ height: CHART_HEIGHT, width: '100%' }}
      />
    </div>
  );
}
