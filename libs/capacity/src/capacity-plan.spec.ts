import fc from 'fast-check';
import {
  type CapacityInput,
  CapacityInputError,
  type CapacityScenario,
  capacityPlan,
  VACATION_PROFILE,
} from './capacity-plan';

/** Erlang C from the Erlang B recursion, written out here as an independent reference. */
function referenceServiceLevel(agents: number, traffic: number, aht: number, target: number) {
  if (agents <= traffic) return 0;
  let b = 1;
  for (let n = 1; n <= agents; n++) b = (traffic * b) / (n + traffic * b);
  const c = (agents * b) / (agents - traffic * (1 - b));
  return 1 - c * Math.exp((-(agents - traffic) * target) / aht);
}

const SCENARIO: CapacityScenario = {
  serviceLevelGoal: 0.8,
  targetSeconds: 120,
  volumeGrowth: 0.03,
  sickLeaveRate: 0.085,
  vacationDaysPerYear: 25,
  otherShrinkage: 0.15,
  annualTurnover: 0.21,
  recruitmentMonths: 3,
  trainingMonths: 2,
  positions: 10,
  monthlySalary: 33_000,
  payrollOverhead: 0.42,
  annualBudget: 6_000_000,
  writtenCasesPerDay: 0,
  writtenCaseMinutes: 8,
};

/** November: 4 Mondays open, 20 working days; two quarters of 30 calls at 300 s each Monday. */
function input(scenario: Partial<CapacityScenario> = {}, callsPerQuarter = 30): CapacityInput {
  const monday = [callsPerQuarter, callsPerQuarter];
  return {
    intervalMinutes: 15,
    scenario: { ...SCENARIO, ...scenario },
    months: [
      {
        month: '2027-11',
        openDays: [4, 0, 0, 0, 0, 0, 0],
        workingDays: 20,
        yearsAfterBaseline: 1,
        groups: [{ answerGroupId: 'g', ahtSeconds: 300, calls: [monday, [], [], [], [], [], []] }],
      },
    ],
  };
}

describe('capacityPlan', () => {
  it('turns a month of calls into phone hours, positions, cost and service level by hand', () => {
    const plan = capacityPlan(input());
    const [month] = plan.months;
    // 30 calls a quarter grown 3% over a year, 300 s each: 10.3 Erlangs.
    const traffic = (30 * 1.03 * 300) / 900;
    let agents = Math.ceil(traffic);
    while (referenceServiceLevel(agents, traffic, 300, 120) < 0.8) agents++;
    expect(agents).toBe(13);
    const phoneHours = agents * 0.25 * 2 * 4;
    const vacation = (25 * 0.02) / 20;
    const shrinkage = 1 - 0.85 * 0.915 * (1 - vacation);
    const productiveFte = phoneHours / ((1 - shrinkage) * 8 * 20);
    // 21% turnover: 5.25% of positions vacant (3 months), 3.5% in introduction (2 months).
    const positions = productiveFte / (1 - 0.0525 - 0.035);
    expect(month).toMatchObject({ calls: 30 * 1.03 * 2 * 4, requiredPhoneHours: phoneHours });
    expect(month?.workloadHours).toBeCloseTo((30 * 1.03 * 8 * 300) / 3600, 9);
    expect(month?.shrinkage).toBeCloseTo(shrinkage, 12);
    expect(month?.requiredProductiveFte).toBeCloseTo(productiveFte, 12);
    expect(month?.requiredPositions).toBeCloseTo(positions, 12);
    expect(month?.paidFte).toBeCloseTo(10 * 0.9475, 12);
    expect(month?.productiveFte).toBeCloseTo(10 * 0.9125, 12);
    expect(month?.cost).toBeCloseTo(9.475 * 33_000 * 1.42, 6);
    expect(month?.budget).toBe(500_000);
    // Ten positions give 9.125 productive FTE, far more than the month needs: each quarter
    // gets many times its 13 agents, interpolated between whole agents.
    const coverage = (9.125 * (1 - shrinkage) * 160) / phoneHours;
    const staffed = 14 * coverage;
    const share = staffed - Math.floor(staffed);
    const level =
      (1 - share) * referenceServiceLevel(Math.floor(staffed), traffic, 300, 120) +
      share * referenceServiceLevel(Math.floor(staffed) + 1, traffic, 300, 120);
    expect(month?.expectedServiceLevel).toBeCloseTo(level, 9);
    expect(plan.year.positionsWithinBudget * 0.9475 * 33_000 * 1.42 * 12).toBeCloseTo(6_000_000, 6);
    expect(plan.year.budgetBalance).toBeCloseTo(500_000 - 9.475 * 33_000 * 1.42, 6);
  });

  it('meets the goal with exactly the required positions, and misses it with fewer', () => {
    const required = capacityPlan(input({}, 60)).months[0]?.requiredPositions ?? 0;
    const at = capacityPlan(input({ positions: required }, 60)).year.expectedServiceLevel;
    const short = capacityPlan(input({ positions: required * 0.8 }, 60)).year.expectedServiceLevel;
    expect(at).toBeGreaterThanOrEqual(0.8);
    expect(short).toBeLessThan(0.8);
  });

  it('needs more positions for more calls, a higher goal and more sick leave (property)', () => {
    const positionsFor = (scenario: Partial<CapacityScenario>, calls: number) =>
      capacityPlan(input(scenario, calls)).year.requiredPositions;
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 400, noNaN: true }),
        fc.double({ min: 0, max: 0.3, noNaN: true }),
        fc.double({ min: 0.5, max: 0.95, noNaN: true }),
        fc.double({ min: 0, max: 0.2, noNaN: true }),
        (calls, growth, goal, sick) => {
          const base = positionsFor(
            { volumeGrowth: growth, serviceLevelGoal: goal, sickLeaveRate: sick },
            calls,
          );
          expect(
            positionsFor(
              { volumeGrowth: growth + 0.05, serviceLevelGoal: goal, sickLeaveRate: sick },
              calls,
            ),
          ).toBeGreaterThanOrEqual(base);
          expect(
            positionsFor(
              { volumeGrowth: growth, serviceLevelGoal: goal + 0.04, sickLeaveRate: sick },
              calls,
            ),
          ).toBeGreaterThanOrEqual(base);
          expect(
            positionsFor(
              { volumeGrowth: growth, serviceLevelGoal: goal, sickLeaveRate: sick + 0.02 },
              calls,
            ),
          ).toBeGreaterThan(base);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('answers more calls in time with more positions (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.05, max: 3, noNaN: true }), (positions) => {
        const level = (p: number) =>
          capacityPlan(input({ positions: p }, 40)).year.expectedServiceLevel;
        expect(level(positions + 0.1)).toBeGreaterThanOrEqual(level(positions) - 1e-12);
      }),
      { numRuns: 60 },
    );
  });

  it('spreads a year of vacation by the profile, and refuses what it cannot answer', () => {
    expect(VACATION_PROFILE.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(() => capacityPlan(input({ annualTurnover: 2.4 }))).toThrow(CapacityInputError);
    expect(() => capacityPlan(input({ sickLeaveRate: -0.1 }))).toThrow('sickLeaveRate');
    expect(() => capacityPlan(input({ serviceLevelGoal: 1 }))).toThrow('serviceLevelGoal');
  });
});

describe('written cases', () => {
  it('add their hours to the need, and take them from the phone', () => {
    const phoneOnly = capacityPlan(input({}, 60)).months[0];
    const written = capacityPlan(input({ writtenCasesPerDay: 40, writtenCaseMinutes: 9 }, 60))
      .months[0];
    // 40 cases a working day, grown 3% over the year, 9 minutes each, over 20 working days.
    expect(written?.writtenHours).toBeCloseTo((40 * 1.03 * 20 * 9) / 60, 9);
    const perFte = (written?.requiredPhoneHours ?? 0) / (phoneOnly?.requiredProductiveFte ?? 1);
    expect(written?.requiredProductiveFte).toBeCloseTo(
      ((written?.requiredPhoneHours ?? 0) + (written?.writtenHours ?? 0)) / perFte,
      9,
    );
    // The same staff answers fewer calls in time once it also answers the written cases.
    const required = phoneOnly?.requiredPositions ?? 0;
    const level = (scenario: Partial<CapacityScenario>) =>
      capacityPlan(input({ positions: required, ...scenario }, 60)).year.expectedServiceLevel;
    expect(level({ writtenCasesPerDay: 40, writtenCaseMinutes: 9 })).toBeLessThan(level({}));
    expect(() => capacityPlan(input({ writtenCasesPerDay: -1 }))).toThrow('writtenCasesPerDay');
  });
});
