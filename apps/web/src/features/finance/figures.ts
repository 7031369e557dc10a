import type { PlannedRequest } from './types';

export type FigureKey =
  | 'requiredPositions'
  | 'positionsWithinBudget'
  | 'cost'
  | 'budgetBalance'
  | 'expectedServiceLevel';
export type FigureUnit = 'positions' | 'kronor' | 'share';

/** One of the period's headline figures. */
export interface HeadlineFigure {
  key: FigureKey;
  unit: FigureUnit;
  value: number;
  /** What the value is held against: the scenario's positions, the budget, the goal. */
  reference: number | null;
  /** Bad news: fewer positions than needed or than the budget pays, over budget, below the goal. */
  warning: boolean;
  /** The comparison's value, and how far this scenario lies above it. */
  comparison: { value: number; difference: number } | null;
}

/**
 * A figure as the page shows it (positions to a tenth, a share to a tenth of a percent, whole
 * kronor): a figure is flagged only when the shortfall shows, never as "80 against 80".
 */
function asShown(value: number, unit: FigureUnit): number {
  const decimals = unit === 'positions' ? 1 : unit === 'share' ? 3 : 0;
  return Math.round(value * 10 ** decimals) / 10 ** decimals;
}

interface FigureRule {
  key: FigureKey;
  unit: FigureUnit;
  value: (planned: PlannedRequest) => number;
  reference: (planned: PlannedRequest) => number | null;
  warning: (value: number, reference: number | null) => boolean;
}

const RULES: FigureRule[] = [
  {
    key: 'requiredPositions',
    unit: 'positions',
    value: ({ plan }) => plan.year.requiredPositions,
    reference: ({ plan }) => plan.year.positions,
    warning: (needed, positions) => positions !== null && needed > positions,
  },
  {
    key: 'positionsWithinBudget',
    unit: 'positions',
    value: ({ plan }) => plan.year.positionsWithinBudget,
    reference: ({ plan }) => plan.year.positions,
    warning: (paidFor, positions) => positions !== null && paidFor < positions,
  },
  {
    key: 'cost',
    unit: 'kronor',
    value: ({ plan }) => plan.year.cost,
    reference: ({ plan }) => plan.year.budget,
    warning: (cost, budget) => budget !== null && cost > budget,
  },
  {
    key: 'budgetBalance',
    unit: 'kronor',
    value: ({ plan }) => plan.year.budgetBalance,
    reference: () => null,
    warning: (balance) => balance < 0,
  },
  {
    key: 'expectedServiceLevel',
    unit: 'share',
    value: ({ plan }) => plan.year.expectedServiceLevel,
    reference: ({ request }) => request.scenario.serviceLevelGoal,
    warning: (level, goal) => goal !== null && level < goal,
  },
];

/** The period's figures finance looks at first, beside a comparison's when there is one. */
export function headlineFigures(
  current: PlannedRequest,
  comparison?: PlannedRequest,
): HeadlineFigure[] {
  return RULES.map((rule) => {
    const value = rule.value(current);
    const reference = rule.reference(current);
    const compared = comparison && rule.value(comparison);
    return {
      key: rule.key,
      unit: rule.unit,
      value,
      reference,
      warning: rule.warning(
        asShown(value, rule.unit),
        reference === null ? null : asShown(reference, rule.unit),
      ),
      comparison: compared === undefined ? null : { value: compared, difference: value - compared },
    };
  });
}
