import type { EChartsCoreOption } from 'echarts/core';
import { lazy, Suspense } from 'react';

const EChart = lazy(() => import('./EChart'));

/**
 * A chart with a text alternative: the table or list beside it has the numbers. `height`
 * (pixels) for one that grows with its rows.
 */
export function Chart({
  option,
  label,
  height,
}: {
  option: EChartsCoreOption;
  label: string;
  height?: number;
}) {
  return (
    <div role="img" aria-label={label}>
      <Suspense fallback={<div className="a360-chart" style={height ? { height } : undefined} />}>
        <EChart option={option} height={height} />
      </Suspense>
    </div>
  );
}
