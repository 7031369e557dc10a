import { useMemo } from 'react';
import { formatNumber } from '../../../lib/format';
import { useLanguage } from '../../../lib/i18n';
import { COLOURS, monthChartOption, monthLine } from '../chart-option';
import { ChartCard } from './ChartCard';
import type { CapacityPlan } from '../types';

/** Cost per month as bars against the budget's twelfth, and what the positions needed would cost. */
export function CostChart({ plan }: { plan: CapacityPlan }) {
  const { t, language } = useLanguage();
  const option = useMemo(() => {
    const millions = (kronor: number) =>
      t('finance.millionKronor', { value: formatNumber(kronor / 1e6, language, 2) });
    const line = (key: 'budget' | 'requiredCost') =>
      monthLine(
        t(`finance.charts.lines.${key}`),
        plan.months.map((month) => month[key]),
        COLOURS[key],
        false,
        millions,
      );
    return monthChartOption(
      plan.months.map((month) => month.month),
      language,
      {
        yAxis: {
          type: 'value',
          name: t('finance.charts.millionKronor'),
          axisLabel: { formatter: (value: number) => formatNumber(value / 1e6, language, 1) },
        },
        series: [
          {
            name: t('finance.charts.lines.cost'),
            type: 'bar',
            data: plan.months.map((month) => month.cost),
            itemStyle: { color: COLOURS.cost, opacity: 0.75 },
            tooltip: { valueFormatter: (value) => millions(Number(value)) },
          },
          line('budget'),
          line('requiredCost'),
        ],
      },
    );
  }, [plan, language, t]);
  return <ChartCard title={t('finance.charts.cost')} option={option} />;
}
