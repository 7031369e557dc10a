import type { EChartsOption } from 'echarts';
import { Chart } from '../../../components/Chart';

/** A chart of the plan in its card, titled; the title names the chart for screen readers too. */
export function ChartCard({ title, option }: { title: string; option: EChartsOption }) {
  return (
    <div className="card">
      <h2>{title}</h2>
      <Chart option={option} label={title} height={300} />
    </div>
  );
}
