import type { EChartsOption } from 'echarts';
import { useMemo } from 'react';
import { Chart } from '../../../components/Chart';
import { timeOfInterval, weekdayIndex } from '../../../lib/dates';
import { formatNumber, formatPercent } from '../../../lib/format';
import { useLanguage } from '../../../lib/i18n';
import type { CoveragePoint } from '../coverage';

/**
 * Scheduled phone agents (bars) against the required (step line) per interval of the open
 * hours, and the expected service level (right axis) with the goal.
 */
export function CoverageChart({
  points,
  colour,
  goal,
  oneDay,
}: {
  points: CoveragePoint[];
  colour: string;
  goal: number;
  oneDay: boolean;
}) {
  const { t, language } = useLanguage();
  const option = useMemo((): EChartsOption => {
    const weekdays = t('common.weekdaysShort', { returnObjects: true }) as string[];
    // Closed hours carry neither calls nor agents: leaving them out keeps the week readable.
    const open = points.filter((point) => point.open || point.scheduled > 0);
    const labels = open.map((point) => {
      const time = timeOfInterval(point.start);
      return oneDay ? time : `${weekdays[weekdayIndex(point.start.slice(0, 10))] ?? ''} ${time}`;
    });
    return {
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 56, right: 64, top: 36, bottom: 48 },
      xAxis: { type: 'category', data: labels, axisLabel: { hideOverlap: true } },
      yAxis: [
        {
          type: 'value',
          name: t('schedules.coverage.agents'),
          nameLocation: 'middle',
          nameGap: 36,
          minInterval: 1,
        },
        {
          type: 'value',
          name: t('schedules.coverage.serviceLevel'),
          nameLocation: 'middle',
          nameGap: 48,
          min: 0,
          max: 1,
          axisLabel: { formatter: (value: number) => formatPercent(value, language, 0) },
          splitLine: { show: false },
        },
      ],
      series: [
        {
          name: t('schedules.coverage.scheduled'),
          type: 'bar',
          barCategoryGap: '10%',
          itemStyle: { color: colour, opacity: 0.75 },
          data: open.map((point) => point.scheduled),
          tooltip: { valueFormatter: (v) => formatNumber(Number(v), language) },
        },
        {
          name: t('schedules.coverage.required'),
          type: 'line',
          step: 'middle',
          showSymbol: false,
          lineStyle: { color: '#b3261e', width: 2 },
          itemStyle: { color: '#b3261e' },
          data: open.map((point) => point.required),
          tooltip: { valueFormatter: (v) => formatNumber(Number(v), language) },
        },
        {
          name: t('schedules.coverage.serviceLevel'),
          type: 'line',
          yAxisIndex: 1,
          showSymbol: false,
          lineStyle: { color: '#2e7d4f', width: 1.5 },
          itemStyle: { color: '#2e7d4f' },
          data: open.map((point) => point.serviceLevel),
          tooltip: {
            valueFormatter: (v) => (typeof v === 'number' ? formatPercent(v, language) : '–'),
          },
          markLine: {
            silent: true,
            symbol: 'none',
            lineStyle: { color: '#2e7d4f', type: 'dashed' },
            // The goal is named in the sentence under the chart; a label here would sit on the bars.
            label: { show: false },
            data: [{ yAxis: goal }],
          },
        },
      ],
    };
  }, [points, colour, goal, oneDay, language, t]);
  return <Chart option={option} label={t('schedules.coverage.label')} height={300} />;
}
