import { useMemo } from 'react';
import { formatNumber } from '../../../lib/format';
import { useLanguage } from '../../../lib/i18n';
import { monthChartOption, planLineSeries } from '../chart-option';
import { positionLines } from '../plan-series';
import { ChartCard } from './ChartCard';
import type { CapacityPlan } from '../types';

/** Positions needed per month against the positions, paid and productive FTE there are. */
export function PositionsChart({
  plan,
  comparison,
}: {
  plan: CapacityPlan;
  comparison?: { name: string; plan: CapacityPlan };
}) {
  const { t, language } = useLanguage();
  const option = useMemo(
    () =>
      monthChartOption(
        plan.months.map((month) => month.month),
        language,
        {
          yAxis: { type: 'value', name: t('finance.charts.fte'), scale: true },
          series: planLineSeries(
            positionLines(plan, comparison?.plan),
            t,
            comparison?.name,
            (value) => formatNumber(value, language, 1),
          ),
        },
      ),
    [plan, comparison, language, t],
  );
  return <ChartCard title={t('finance.charts.positions')} option={option} />;
}
