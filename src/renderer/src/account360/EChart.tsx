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

/** ECharts with only the parts the 360 draws; loaded on first use, apart from the app's bundle. */
export default function EChart({ option }: { option: EChartsCoreOption }) {
  return <ReactEChartsCore echarts={echarts} option={option} className="a360-chart" notMerge />;
}
