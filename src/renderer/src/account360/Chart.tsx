import type { EChartsCoreOption } from 'echarts/core';
import { lazy, Suspense } from 'react';

const EChart = lazy(() => import('./EChart'));

/** A chart with a text alternative: the table or list beside it has the numbers. */
export function Chart({ option, label }: { option: EChartsCoreOption; label: string }) {
  return (
    <div role="img" aria-label={label}>
      <Suspense fallback={<div className="a360-chart" />}>
        <EChart option={option} />
      </Suspense>
    </div>
  );
}
