import type { EChartsOption } from 'echarts';
import { useMemo } from 'react';
import { Chart } from '../../../components/Chart';
import { formatPercent, formatShortDate } from '../../../lib/format';
import { useLanguage } from '../../../lib/i18n';
import { groupColour } from '../../schedules/timeline';
import { teamDaySeries } from '../chart-series';
import { ADHERENCE_TARGET, formatShare } from '../figures';
import type { TeamWeekGroup } from '../week-table';

/** Each team's adherence day by day as bars, against the target line. */
export function TeamAdherenceChart({
  groups,
  dates,
}: {
  groups: TeamWeekGroup[];
  dates: string[];
}) {
  const { t, language } = useLanguage();
  const series = useMemo(() => teamDaySeries(groups), [groups]);
  const counted = series.some((team) => team.adherence.some((value) => value !== null));
  const option = useMemo((): EChartsOption => {
    const percent = (value: unknown) =>
      formatShare(typeof value === 'number' ? value : null, language);
    return {
      animation: false,
      tooltip: { trigger: 'axis', valueFormatter: percent },
      legend: { top: 0 },
      grid: { left: 56, right: 16, top: 36, bottom: 32 },
      xAxis: { type: 'category', data: dates.map((date) => formatShortDate(date, language)) },
      yAxis: {
        type: 'value',
        min: 0,
        max: 1,
        axisLabel: { formatter: (value: number) => formatPercent(value, language, 0) },
      },
      series: series.map(({ team, adherence }, index) => ({
        name: team.teamName ?? t('adherence.noTeam'),
        type: 'bar' as const,
        data: adherence,
        itemStyle: { color: groupColour(index) },
        // One target line for the chart, drawn with the first team's bars.
        ...(index === 0
          ? {
              markLine: {
                silent: true,
                symbol: 'none',
                lineStyle: { color: '#2e7d4f', type: 'dashed' as const },
                label: {
                  position: 'insideEndTop' as const,
                  formatter: t('adherence.teamChart.target', {
                    target: formatPercent(ADHERENCE_TARGET, language, 0),
                  }),
                },
                data: [{ yAxis: ADHERENCE_TARGET }],
              },
            }
          : {}),
      })),
    };
  }, [series, dates, language, t]);
  return (
    <>
      <h2>{t('adherence.teamChart.title')}</h2>
      {counted ? (
        <Chart option={option} label={t('adherence.teamChart.title')} height={280} />
      ) : (
        <p className="muted">{t('adherence.teamChart.none')}</p>
      )}
    </>
  );
}
