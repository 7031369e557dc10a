import { useMemo } from 'react';
import { formatPercent } from '../../../lib/format';
import { useLanguage } from '../../../lib/i18n';
import { COLOURS, monthChartOption, planLineSeries } from '../chart-option';
import { goalLines, serviceLevelLines } from '../plan-series';
import { ChartCard } from './ChartCard';
import type { PlannedRequest } from '../types';

/** Expected service level per month, with the goal (and the comparison's, if another) across. */
export function ServiceLevelChart({
  planned,
  comparison,
}: {
  planned: PlannedRequest;
  comparison?: { name: string; planned: PlannedRequest };
}) {
  const { t, language } = useLanguage();
  const option = useMemo(() => {
    const [own, ...compared] = planLineSeries(
      serviceLevelLines(planned.plan, comparison?.planned.plan),
      t,
      comparison?.name,
      (value) => formatPercent(value, language),
    );
    const goals = goalLines(
      planned.request.scenario.serviceLevelGoal,
      comparison?.planned.request.scenario.serviceLevelGoal,
    );
    return monthChartOption(
      planned.plan.months.map((month) => month.month),
      language,
      {
        yAxis: {
          type: 'value',
          scale: true,
          max: 1,
          axisLabel: { formatter: (value: number) => formatPercent(value, language, 0) },
        },
        series: [
          {
            ...own,
            // Dotted, so that the goal is not taken for a comparison's dashed line.
            markLine: {
              silent: true,
              symbol: 'none',
              lineStyle: { color: COLOURS.positions, type: 'dotted', width: 1.5 },
              label: {
                position: 'insideEndTop',
                formatter: (point) =>
                  `${t('finance.charts.goal')} ${formatPercent(Number(point.value), language)}`,
              },
              data: goals.map((goal) => ({ yAxis: goal })),
            },
          },
          ...compared,
        ],
      },
    );
  }, [planned, comparison, language, t]);
  return <ChartCard title={t('finance.charts.serviceLevel')} option={option} />;
}
