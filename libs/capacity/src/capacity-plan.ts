import { erlangCServiceLevelBetween, requiredAgents } from '@bemanna/erlang';

/** What finance varies: the goal, the load, absence, turnover, positions and money. */
export interface CapacityScenario {
  /** Share of calls to answer within `targetSeconds`, 0..1 (e.g. 0.8). */
  serviceLevelGoal: number;
  targetSeconds: number;
  /** Yearly growth of call volume, e.g. 0.03 for 3% a year (negative for a fall). */
  volumeGrowth: number;
  /** Share of paid time lost to sick leave (sjukfrånvaro), e.g. 0.085. */
  sickLeaveRate: number;
  /** Vacation days a full-timer takes a year, spread by {@link VACATION_PROFILE}. */
  vacationDaysPerYear: number;
  /** Paid time off the phone at work: breaks, meetings, training, coaching, e.g. 0.15. */
  otherShrinkage: number;
  /** Share of staff leaving in a year (personalomsättning), e.g. 0.21. */
  annualTurnover: number;
  /** Months a leaver's position stays vacant before the replacement starts. */
  recruitmentMonths: number;
  /** Months a new agent is in introduction, paid but not yet on the phone. */
  trainingMonths: number;
  /** Established positions (tjänster) in full-time equivalents. */
  positions: number;
  /** Monthly salary of a full-timer, kronor. */
  monthlySalary: number;
  /** Payroll overhead on salary (personalomkostnadspålägg, PO), e.g. 0.42. */
  payrollOverhead: number;
  /** The year's budget for the staff, kronor. */
  annualBudget: number;
  /**
   * Written cases (e-mail, web forms) a working day, answered within one working day, at this
   * year's volume; they grow with `volumeGrowth` as calls do.
   */
  writtenCasesPerDay: number;
  /** Minutes of work a written case takes (reading, answering, filing). */
  writtenCaseMinutes: number;
}

/** A typical week of one answer group: mean calls per interval, by weekday (Monday first). */
export interface GroupWeek {
  answerGroupId: string;
  ahtSeconds: number;
  /** `calls[weekday][slot]`: 7 rows of one value per interval of the day. */
  calls: readonly (readonly number[])[];
}

/** One month of the plan. */
export interface PlanMonth {
  /** `YYYY-MM`. */
  month: string;
  /** Days the centre is open on each weekday of the month, Monday first (holidays left out). */
  openDays: readonly number[];
  /** Full-time working days in the month: weekdays that are not public holidays, 8 hours each. */
  workingDays: number;
  /** Years between the month the volumes come from and this one, for growth. */
  yearsAfterBaseline: number;
  groups: readonly GroupWeek[];
}

export interface CapacityInput {
  intervalMinutes: number;
  months: readonly PlanMonth[];
  scenario: CapacityScenario;
  /** Share of the year's vacation taken in each calendar month; default {@link VACATION_PROFILE}. */
  vacationProfile?: readonly number[];
}

export interface CapacityMonth {
  month: string;
  /** Calls offered in the month, growth included. */
  calls: number;
  /** Calls times handle time: the work itself, in hours. */
  workloadHours: number;
  /** Agent-hours on the phone the goal needs, interval by interval (Erlang C). */
  requiredPhoneHours: number;
  /** Hours of written cases: the month's working days' cases, each answered within a day. */
  writtenHours: number;
  /** Share of paid time off the phone: other shrinkage, sick leave and the month's vacation. */
  shrinkage: number;
  /** Agents on duty (not vacant, not in introduction), in FTE, that the goal needs. */
  requiredProductiveFte: number;
  /** Positions that give those, after turnover's vacancies and introductions. */
  requiredPositions: number;
  /** The scenario's positions less vacancies: FTE paid. */
  paidFte: number;
  /** Paid FTE less those in introduction. */
  productiveFte: number;
  /** Productive FTE less required: negative when short. */
  gapFte: number;
  /** Salary and overhead of the paid FTE, kronor. */
  cost: number;
  /** What the required positions would cost. */
  requiredCost: number;
  /** The budget's twelfth. */
  budget: number;
  /**
   * Calls answered within the target with the productive staff, call-weighted, when the
   * schedule spreads its phone hours over the month's intervals in proportion to what each
   * needs (as Bemanna's schedules come close to doing).
   */
  expectedServiceLevel: number;
}

export interface CapacityPlan {
  months: CapacityMonth[];
  year: {
    calls: number;
    /** Means over the months. */
    requiredPositions: number;
    positions: number;
    paidFte: number;
    productiveFte: number;
    cost: number;
    requiredCost: number;
    budget: number;
    /** Budget less cost: positive when the staff fits the budget. */
    budgetBalance: number;
    /** Positions the budget pays for, after vacancies. */
    positionsWithinBudget: number;
    /** Call-weighted over the months. */
    expectedServiceLevel: number;
  };
}

/**
 * Where a Swedish municipal centre's vacation falls, January first: most of it in the summer
 * (four weeks in June-August by the agreement's right to a long summer leave), the rest at the
 * school holidays (sportlov, Easter, höstlov, Christmas). Sums to 1.
 */
export const VACATION_PROFILE: readonly number[] = [
  0.03, 0.05, 0.04, 0.06, 0.04, 0.12, 0.4, 0.14, 0.02, 0.04, 0.02, 0.04,
];

const FULL_TIME_HOURS_PER_DAY = 8;

/** An input outside what the model can answer, with the field at fault. */
export class CapacityInputError extends Error {
  override readonly name = 'CapacityInputError';
  constructor(
    readonly field: string,
    problem: string,
  ) {
    super(`${field}: ${problem}`);
  }
}

function check(scenario: CapacityScenario): void {
  const share = (field: keyof CapacityScenario, below = 1) => {
    const value = scenario[field];
    if (!(value >= 0 && value < below)) {
      throw new CapacityInputError(field, `must be at least 0 and below ${below}, got ${value}`);
    }
  };
  if (!(scenario.serviceLevelGoal > 0 && scenario.serviceLevelGoal < 1)) {
    throw new CapacityInputError('serviceLevelGoal', 'must lie between 0 and 1');
  }
  if (!(scenario.targetSeconds >= 0)) {
    throw new CapacityInputError('targetSeconds', 'must be at least 0');
  }
  if (!(scenario.volumeGrowth > -1)) {
    throw new CapacityInputError('volumeGrowth', 'must be above -1 (a fall of 100%)');
  }
  for (const field of ['sickLeaveRate', 'otherShrinkage', 'annualTurnover'] as const) share(field);
  for (const field of [
    'vacationDaysPerYear',
    'recruitmentMonths',
    'trainingMonths',
    'positions',
    'monthlySalary',
    'payrollOverhead',
    'annualBudget',
    'writtenCasesPerDay',
    'writtenCaseMinutes',
  ] as const) {
    share(field, Number.POSITIVE_INFINITY);
  }
  if (scenario.annualTurnover * (scenario.recruitmentMonths + scenario.trainingMonths) >= 12) {
    throw new CapacityInputError(
      'annualTurnover',
      'with these recruitment and introduction months no position is ever on duty',
    );
  }
}

/**
 * Positions, cost and expected service level per month for a scenario.
 *
 * Per month and answer group, each interval of the typical week needs the fewest agents Erlang
 * C gives for the goal, at the month's volume grown by `volumeGrowth` a year; summed over the
 * month's open days, that is the phone hours needed. Written cases add their hours, grown
 * alike, and take them from the phone's in the expected service level. Paid time shrinks by
 * `1 - (1 - other)(1 - sick)(1 - vacation)`, the month's vacation being its share of the
 * year's days over its working days. Turnover is taken as steady: on average
 * `turnover * recruitmentMonths / 12` of the positions are vacant and
 * `turnover * trainingMonths / 12` in introduction (paid, not on the phone). Cost is the paid
 * FTE's salary and overhead; vacation pay, overtime and temporary staff are not modelled.
 * Cost: O(months * groups * intervals), each an Erlang C staffing search.
 */
export function capacityPlan(input: CapacityInput): CapacityPlan {
  const { scenario } = input;
  check(scenario);
  const profile = input.vacationProfile ?? VACATION_PROFILE;
  const intervalSeconds = input.intervalMinutes * 60;
  const intervalHours = input.intervalMinutes / 60;
  const vacantShare = (scenario.annualTurnover * scenario.recruitmentMonths) / 12;
  const traineeShare = (scenario.annualTurnover * scenario.trainingMonths) / 12;
  const productiveShare = 1 - vacantShare - traineeShare;
  const costPerFte = scenario.monthlySalary * (1 + scenario.payrollOverhead);
  const paidFte = scenario.positions * (1 - vacantShare);
  const productiveFte = scenario.positions * productiveShare;

  const months = input.months.map((month): CapacityMonth => {
    const growth = (1 + scenario.volumeGrowth) ** month.yearsAfterBaseline;
    const intervals: { traffic: number; agents: number; calls: number; aht: number }[] = [];
    let calls = 0;
    let workloadSeconds = 0;
    let requiredPhoneHours = 0;
    for (const group of month.groups) {
      for (let weekday = 0; weekday < 7; weekday++) {
        const days = month.openDays[weekday] ?? 0;
        if (days === 0) continue;
        for (const mean of group.calls[weekday] ?? []) {
          const offered = mean * growth;
          if (offered <= 0) continue;
          const traffic = (offered * group.ahtSeconds) / intervalSeconds;
          const agents = requiredAgents({
            trafficErlangs: traffic,
            ahtSeconds: group.ahtSeconds,
            targetSeconds: scenario.targetSeconds,
            serviceLevelGoal: scenario.serviceLevelGoal,
          });
          calls += offered * days;
          workloadSeconds += offered * days * group.ahtSeconds;
          requiredPhoneHours += agents * intervalHours * days;
          intervals.push({ traffic, agents, calls: offered * days, aht: group.ahtSeconds });
        }
      }
    }
    const calendarMonth = Number(month.month.slice(5, 7));
    const vacation = Math.min(
      0.9,
      (scenario.vacationDaysPerYear * (profile[calendarMonth - 1] ?? 0)) / month.workingDays,
    );
    const shrinkage =
      1 - (1 - scenario.otherShrinkage) * (1 - scenario.sickLeaveRate) * (1 - vacation);
    const workHoursPerFte = (1 - shrinkage) * FULL_TIME_HOURS_PER_DAY * month.workingDays;
    // A case answered within a working day is, over a month, each working day's cases worked
    // that day or the next: the month's hours, whatever their spread over the days.
    const writtenHours =
      (scenario.writtenCasesPerDay * growth * month.workingDays * scenario.writtenCaseMinutes) / 60;
    const requiredProductiveFte = (requiredPhoneHours + writtenHours) / workHoursPerFte;
    const requiredPositions = requiredProductiveFte / productiveShare;
    // Written cases come first (they have a day; a caller has two minutes, but the day's cases
    // must be done): what is left of the productive hours goes to the phone.
    const phoneHoursLeft = Math.max(0, productiveFte * workHoursPerFte - writtenHours);
    const coverage = requiredPhoneHours > 0 ? phoneHoursLeft / requiredPhoneHours : 1;
    return {
      month: month.month,
      calls,
      workloadHours: workloadSeconds / 3600,
      requiredPhoneHours,
      writtenHours,
      shrinkage,
      requiredProductiveFte,
      requiredPositions,
      paidFte,
      productiveFte,
      gapFte: productiveFte - requiredProductiveFte,
      cost: paidFte * costPerFte,
      requiredCost: requiredPositions * (1 - vacantShare) * costPerFte,
      budget: scenario.annualBudget / 12,
      expectedServiceLevel: expectedServiceLevel(intervals, coverage, scenario.targetSeconds),
    };
  });

  const sum = (key: keyof CapacityMonth) =>
    months.reduce((total, month) => total + (month[key] as number), 0);
  const mean = (key: keyof CapacityMonth) => (months.length > 0 ? sum(key) / months.length : 0);
  const calls = sum('calls');
  const cost = sum('cost');
  const budget = sum('budget');
  return {
    months,
    year: {
      calls,
      requiredPositions: mean('requiredPositions'),
      positions: scenario.positions,
      paidFte,
      productiveFte,
      cost,
      requiredCost: sum('requiredCost'),
      budget,
      budgetBalance: budget - cost,
      positionsWithinBudget:
        months.length > 0 ? budget / months.length / ((1 - vacantShare) * costPerFte) : 0,
      expectedServiceLevel:
        calls > 0
          ? months.reduce((total, month) => total + month.expectedServiceLevel * month.calls, 0) /
            calls
          : 1,
    },
  };
}

/**
 * Call-weighted service level when every interval gets `coverage` times the agents it needs;
 * between whole agents the service level is interpolated, as a schedule alternates them.
 */
function expectedServiceLevel(
  intervals: readonly { traffic: number; agents: number; calls: number; aht: number }[],
  coverage: number,
  targetSeconds: number,
): number {
  let answered = 0;
  let calls = 0;
  for (const interval of intervals) {
    const level = erlangCServiceLevelBetween(
      interval.traffic,
      interval.agents * coverage,
      interval.aht,
      targetSeconds,
    );
    answered += level * interval.calls;
    calls += interval.calls;
  }
  return calls > 0 ? answered / calls : 1;
}
