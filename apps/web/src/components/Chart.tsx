import type { EChartsOption } from 'echarts';
import ReactECharts from 'echarts-for-react';

/** An ECharts chart with an accessible name; height in pixels. */
export function Chart({
  option,
  label,
  height = 320,
}: {
  option: EChartsOption;
  label: string;
  height?: number;
}) {
  return (
    <figure className="chart" aria-label={label}>
      <ReactECharts option={option} style={{ height }} notMerge lazyUpdate />
    </figure>
  );
}
