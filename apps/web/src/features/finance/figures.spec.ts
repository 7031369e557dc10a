import { headlineFigures } from './figures';
import { BASELINE_SCENARIO, LOWER_SICK_LEAVE_PLAN, PLAN, SAVED } from './finance.fixture';
import type { PlannedRequest } from './types';

const baseline: PlannedRequest = {
  request: { from: '2027-01', months: 2, scenario: BASELINE_SCENARIO },
  plan: PLAN,
};
const lowerSickLeave: PlannedRequest = {
  request: { from: '2027-01', months: 2, scenario: SAVED.scenario },
  plan: LOWER_SICK_LEAVE_PLAN,
};

describe(headlineFigures.name, () => {
  it('should hold each figure against its reference and flag shortage, overrun and a missed goal as shown', () => {
    expect(headlineFigures(baseline)).toEqual([
      {
        key: 'requiredPositions',
        unit: 'positions',
        value: 87.2,
        reference: 84.5,
        warning: true,
        comparison: null,
      },
      {
        key: 'positionsWithinBudget',
        unit: 'positions',
        value: 84.46,
        reference: 84.5,
        // 84,5 against 84,5 as shown: a shortfall nobody can see is not flagged.
        warning: false,
        comparison: null,
      },
      {
        key: 'cost',
        unit: 'kronor',
        value: 7_503_575,
        reference: 7_500_000,
        warning: true,
        comparison: null,
      },
      {
        key: 'budgetBalance',
        unit: 'kronor',
        value: -3_575,
        reference: null,
        warning: true,
        comparison: null,
      },
      {
        key: 'expectedServiceLevel',
        unit: 'share',
        value: 0.7707,
        reference: 0.8,
        warning: true,
        comparison: null,
      },
    ]);
  });

  it('should flag a budget that pays for fewer positions than the scenario has', () => {
    const tight = {
      ...baseline,
      plan: { ...PLAN, year: { ...PLAN.year, positionsWithinBudget: 84.3 } },
    };
    expect(headlineFigures(tight)[1]).toMatchObject({ value: 84.3, warning: true });
  });

  it('should give the comparison’s value and how far the scenario lies above it', () => {
    const figures = headlineFigures(lowerSickLeave, baseline);
    const byKey = Object.fromEntries(figures.map((figure) => [figure.key, figure]));
    expect(byKey.requiredPositions?.comparison?.value).toBe(87.2);
    expect(byKey.requiredPositions?.comparison?.difference).toBeCloseTo(-1.9, 10);
    expect(byKey.expectedServiceLevel?.comparison?.difference).toBeCloseTo(0.021, 10);
    expect(byKey.cost?.comparison).toEqual({ value: 7_503_575, difference: 0 });
    // Still short of positions and below the goal, only less so.
    expect(byKey.requiredPositions?.warning).toBe(true);
    expect(byKey.expectedServiceLevel?.warning).toBe(true);
  });

  it('should not flag a centre within budget, staffed for its need and on its goal', () => {
    const comfortable: PlannedRequest = {
      ...baseline,
      plan: {
        ...PLAN,
        year: {
          ...PLAN.year,
          requiredPositions: 80,
          positionsWithinBudget: 86,
          cost: 7_400_000,
          budgetBalance: 100_000,
          expectedServiceLevel: 0.8,
        },
      },
    };
    expect(headlineFigures(comfortable).map((figure) => figure.warning)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
