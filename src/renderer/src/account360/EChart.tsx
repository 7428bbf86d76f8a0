import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import type { EChartsCoreOption } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/lib/core';

echarts.use([
  BarChart,
  LineChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  CanvasRenderer,
]);

/**
 * ECharts with only the parts the 360 and the board draw; loaded on first use, apart from
 * the app's bundle. `height` (pixels) for a chart that grows with its rows.
 */
export default function EChart({ option, height }: { option: EChartsCoreOption; height?: number }) {
  return (
    <ReactEChartsCore
      echarts={echarts}
      option={option}
      className="a360-chart"
      style={height ? { height } : undefined}
      notMerge
    />
  );
}
