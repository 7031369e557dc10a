import type { CapacityPlan, CapacityScenario, FinanceBaseline, SavedScenario } from './types';

/** Today's demo centre as the API's baseline gives it: 84,5 positions, budget for them. */
export const BASELINE_SCENARIO: CapacityScenario = {
  serviceLevelGoal: 0.8,
  targetSeconds: 60,
  volumeGrowth: 0.02,
  sickLeaveRate: 0.085,
  vacationDaysPerYear: 25,
  otherShrinkage: 0.15,
  annualTurnover: 0.21,
  recruitmentMonths: 3,
  trainingMonths: 2,
  positions: 84.5,
  monthlySalary: 33_000,
  payrollOverhead: 0.42,
  annualBudget: 45_000_000,
  writtenCasesPerDay: 0,
  writtenCaseMinutes: 8,
};

export const BASELINE: FinanceBaseline = {
  scenario: BASELINE_SCENARIO,
  from: '2027-01',
  agents: 88,
  historyUntil: '2026-10',
};

const month = (
  name: string,
  figures: {
    calls: number;
    requiredPositions: number;
    productiveFte: number;
    expectedServiceLevel: number;
  },
) => ({
  month: name,
  baselineMonth: `2026-${name.slice(5)}`,
  calls: figures.calls,
  workloadHours: figures.calls / 12,
  requiredPhoneHours: figures.calls / 9,
  writtenHours: 0,
  shrinkage: 0.24,
  requiredProductiveFte: figures.requiredPositions * 0.9125,
  requiredPositions: figures.requiredPositions,
  paidFte: 80.06,
  productiveFte: figures.productiveFte,
  gapFte: figures.productiveFte - figures.requiredPositions * 0.9125,
  cost: 3_751_787,
  requiredCost: (3_751_787 * figures.requiredPositions) / 84.5,
  budget: 3_750_000,
  expectedServiceLevel: figures.expectedServiceLevel,
});

/**
 * Two months of the baseline: January short of staff (gap −3,6 FTE), February with room;
 * 3 575 kr over the budget.
 */
export const PLAN: CapacityPlan = {
  months: [
    month('2027-01', {
      calls: 52_000,
      requiredPositions: 88.4,
      productiveFte: 77.11,
      expectedServiceLevel: 0.741,
    }),
    month('2027-02', {
      calls: 48_000,
      requiredPositions: 80.6,
      productiveFte: 77.11,
      expectedServiceLevel: 0.803,
    }),
  ],
  year: {
    calls: 100_000,
    requiredPositions: 87.2,
    positions: 84.5,
    paidFte: 80.06,
    productiveFte: 77.11,
    cost: 7_503_575,
    requiredCost: 7_743_262,
    budget: 7_500_000,
    budgetBalance: -3_575,
    positionsWithinBudget: 84.46,
    expectedServiceLevel: 0.7707,
  },
  assumptions: ['Volumes: each month of the plan takes the same calendar month …'],
};

/** The same months with sick leave at 6,5 %: fewer positions needed, a better service level. */
export const LOWER_SICK_LEAVE_PLAN: CapacityPlan = {
  ...PLAN,
  months: PLAN.months.map((planned) => ({
    ...planned,
    requiredPositions: planned.requiredPositions - 1.9,
    expectedServiceLevel: planned.expectedServiceLevel + 0.021,
  })),
  year: { ...PLAN.year, requiredPositions: 85.3, expectedServiceLevel: 0.7917 },
};

export const SAVED: SavedScenario = {
  id: 4,
  name: 'Sjukfrånvaro 6,5 %',
  note: 'Om rehabiliteringsinsatsen ger effekt',
  scenario: { ...BASELINE_SCENARIO, sickLeaveRate: 0.065 },
  createdAt: '2026-11-20T09:30:00.000Z',
  updatedAt: '2026-11-23T14:05:00.000Z',
};
