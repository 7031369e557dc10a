import type { EChartsOption } from 'echarts';
import { useMemo } from 'react';
import { Chart } from '../../../components/Chart';
import { formatNumber } from '../../../lib/format';
import { useLanguage } from '../../../lib/i18n';
import { dailyCurves } from '../heat-map';

const COLOURS = ['#1e6ebe', '#2e9d5b', '#c2410c', '#7c3aed', '#b91c1c', '#6b7280', '#a16207'];

/** Required agents through the day, one line per weekday. */
export function DailyCurves({
  intervals,
  groupName,
}: {
  intervals: { intervalStart: string; agents: number; calls: number }[];
  groupName: string;
}) {
  const { t, language } = useLanguage();
  const option = useMemo((): EChartsOption => {
    // A closed day has no curve rather than a flat zero.
    const { times, byWeekday } = dailyCurves(
      intervals.filter((i) => i.calls > 0),
      (i) => i.agents,
    );
    const weekdays = t('common.weekdaysShort', { returnObjects: true }) as string[];
    return {
      animation: false,
      tooltip: {
        trigger: 'axis',
        valueFormatter: (v) => (typeof v === 'number' ? formatNumber(v, language) : '–'),
      },
      legend: { top: 0 },
      grid: { left: 56, right: 16, top: 36, bottom: 40 },
      xAxis: {
        type: 'category',
        data: times,
        name: t('requirements.heatMap.timeOfDay'),
        nameLocation: 'middle',
        nameGap: 26,
      },
      yAxis: {
        type: 'value',
        name: t('requirements.curves.axis'),
        nameLocation: 'middle',
        nameGap: 36,
        minInterval: 1,
      },
      series: byWeekday
        .map((values, weekday) => ({
          name: weekdays[weekday] ?? String(weekday),
          type: 'line' as const,
          step: 'end' as const,
          showSymbol: false,
          data: values,
          itemStyle: { color: COLOURS[weekday] },
        }))
        .filter((series) => series.data.some((value) => value !== null)),
    };
  }, [intervals, language, t]);
  return (
    <div>
      <h2>{t('requirements.curves.title', { group: groupName })}</h2>
      <Chart
        option={option}
        label={t('requirements.curves.title', { group: groupName })}
        height={280}
      />
    </div>
  );
}
