import type { CapacityMonth, CapacityPlan } from './types';

/** One line of a chart over the plan's months; null where the plan lacks the month. */
export interface PlanLine<Key extends string> {
  key: Key;
  values: (number | null)[];
  /** The comparison's, drawn dashed over the scenario's own. */
  comparison: boolean;
}

export type PositionLineKey = 'requiredPositions' | 'positions' | 'paidFte' | 'productiveFte';

/**
 * A value per month of `months`, looked up by month: a comparison computed for an earlier
 * period stays on screen while the new one loads, and must not slide onto the wrong months.
 */
function byMonth(
  plan: CapacityPlan,
  months: string[],
  pick: (month: CapacityMonth) => number,
): (number | null)[] {
  const found = new Map(plan.months.map((month) => [month.month, pick(month)]));
  return months.map((month) => found.get(month) ?? null);
}

const monthsOf = (plan: CapacityPlan) => plan.months.map((month) => month.month);

/**
 * Positions needed against those the scenario has, paid (less vacancies) and productive (less
 * introductions); a comparison adds its need and its positions, the pair finance weighs.
 */
export function positionLines(
  plan: CapacityPlan,
  comparison?: CapacityPlan,
): PlanLine<PositionLineKey>[] {
  const months = monthsOf(plan);
  const lines = (source: CapacityPlan, keys: PositionLineKey[], isComparison: boolean) =>
    keys.map((key) => ({
      key,
      values: byMonth(source, months, (month) =>
        key === 'positions' ? source.year.positions : month[key],
      ),
      comparison: isComparison,
    }));
  return [
    ...lines(plan, ['requiredPositions', 'positions', 'paidFte', 'productiveFte'], false),
    ...(comparison ? lines(comparison, ['requiredPositions', 'positions'], true) : []),
  ];
}

/** Expected service level per month, the comparison's too. */
export function serviceLevelLines(
  plan: CapacityPlan,
  comparison?: CapacityPlan,
): PlanLine<'expectedServiceLevel'>[] {
  const months = monthsOf(plan);
  return [plan, ...(comparison ? [comparison] : [])].map((source, index) => ({
    key: 'expectedServiceLevel',
    values: byMonth(source, months, (month) => month.expectedServiceLevel),
    comparison: index > 0,
  }));
}

/** The goals to draw as reference lines: the comparison's only where it sets another. */
export function goalLines(goal: number, comparisonGoal?: number): number[] {
  return comparisonGoal === undefined || comparisonGoal === goal ? [goal] : [goal, comparisonGoal];
}
