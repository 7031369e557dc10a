import { headlineFigures } from '../figures';
import type { PlannedRequest } from '../types';
import { Assumptions } from './Assumptions';
import { CostChart } from './CostChart';
import { HeadlineFigures } from './HeadlineFigures';
import { MonthTable } from './MonthTable';
import { PositionsChart } from './PositionsChart';
import { ServiceLevelChart } from './ServiceLevelChart';

/** A plan as figures, charts and a month table, beside a comparison's where one is chosen. */
export function PlanResults({
  planned,
  comparison,
}: {
  planned: PlannedRequest;
  comparison: { name: string; planned: PlannedRequest } | undefined;
}) {
  const { plan, request } = planned;
  return (
    <>
      <HeadlineFigures
        figures={headlineFigures(planned, comparison?.planned)}
        from={request.from}
        to={plan.months.at(-1)?.month ?? request.from}
        comparisonName={comparison?.name}
      />
      <div className="columns">
        <PositionsChart
          plan={plan}
          comparison={comparison && { name: comparison.name, plan: comparison.planned.plan }}
        />
        <ServiceLevelChart planned={planned} comparison={comparison} />
      </div>
      <CostChart plan={plan} />
      <MonthTable plan={plan} />
      <Assumptions />
    </>
  );
}
