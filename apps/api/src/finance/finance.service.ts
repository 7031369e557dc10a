import {
  type CapacityScenario,
  CapacityInputError,
  capacityPlan,
  type GroupWeek,
  type PlanMonth,
} from '@bemanna/capacity';
import { addLocalDays, isoWeekdayIndex, localDateOf } from '@bemanna/calendar';
import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { Agent } from '../agents/agent.entity';
import { AnswerGroup } from '../answer-groups/answer-group.entity';
import { CalendarService } from '../calendar/calendar.service';
import { codedBadRequest, codedConflict } from '../common/coded-bad-request';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import type {
  CapacityPlanDto,
  CapacityPlanRequestDto,
  FinanceBaselineDto,
  FinanceScenarioDto,
  SaveFinanceScenarioDto,
} from './dto/finance.dto';
import { FinanceScenario } from './finance-scenario.entity';
import { WrittenQueue } from '../written-queues/written-queue.entity';

/**
 * What a plan assumes where the database knows nothing: the brief's sick leave and turnover of a
 * municipal centre, five weeks' vacation, and a contact-centre agent's salary in 2026 with the
 * municipal payroll overhead (PO). Finance changes them per scenario.
 */
const ASSUMED = {
  volumeGrowth: 0.02,
  sickLeaveRate: 0.085,
  vacationDaysPerYear: 25,
  otherShrinkage: 0.15,
  annualTurnover: 0.21,
  recruitmentMonths: 3,
  trainingMonths: 2,
  monthlySalary: 33_000,
  payrollOverhead: 0.42,
  // Without written queues finance gives their number; a case takes 8 minutes.
  writtenCasesPerDay: 0,
  writtenCaseMinutes: 8,
} as const;

const ASSUMPTIONS = [
  'Volumes: each month of the plan takes the same calendar month of the last twelve complete months of history (mean calls per weekday and interval over the days with calls; the latest month of history where it has no such month), grown by volumeGrowth a year.',
  'Staffing: per interval the fewest agents Erlang C gives for the goal; callers are assumed patient, as in the staffing requirements.',
  'Paid time shrinks by 1 - (1 - otherShrinkage)(1 - sickLeaveRate)(1 - vacation), vacation falling mostly in the summer; a full-timer works 8 hours a weekday that is not a public holiday.',
  'Turnover is steady: on average turnover x recruitmentMonths / 12 of the positions are vacant and turnover x trainingMonths / 12 in introduction (paid, not on the phone).',
  "Written cases (e-mail, web forms) answered within one working day add each working day's cases times their minutes, grown like calls, and are worked before the phone in the expected service level.",
  'Cost is salary and payroll overhead of the paid FTE; vacation pay, overtime and temporary staff are not modelled.',
  'The expected service level assumes the schedule spreads the phone hours over the intervals in proportion to need.',
];

const monthOf = (date: string) => date.slice(0, 7);
const monthIndex = (month: string) =>
  Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
const addMonths = (month: string, count: number) => {
  const index = monthIndex(month) + count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
};

function toScenarioDto(entry: FinanceScenario): FinanceScenarioDto {
  return {
    id: entry.id,
    name: entry.name,
    note: entry.note,
    scenario: entry.scenario,
    createdAt: entry.createdAt.toISOString(),
    updatedAt: entry.updatedAt.toISOString(),
  };
}

/** Typical weeks per group and month of history, from one aggregate query. */
interface HistoryProfile {
  intervalMinutes: number;
  /** `YYYY-MM` -> group -> week. */
  months: Map<string, Map<string, number[][]>>;
  lastCompleteMonth: string;
}

/**
 * Finance's long-term view: positions (FTE), cost and expected service level per month against
 * the budget, from the history's volumes and a scenario's assumptions (`@bemanna/capacity`).
 */
@Injectable()
export class FinanceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(FinanceScenario) private readonly scenarios: Repository<FinanceScenario>,
    @InjectRepository(Agent) private readonly agents: Repository<Agent>,
    @InjectRepository(AnswerGroup) private readonly groups: Repository<AnswerGroup>,
    @InjectRepository(WrittenQueue) private readonly writtenQueues: Repository<WrittenQueue>,
    private readonly calendar: CalendarService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Today's centre as a scenario: its positions, its groups' goal, the budget it costs. */
  async baseline(): Promise<FinanceBaselineDto> {
    const today = localDateOf(Date.now(), this.config.timezone);
    const employed = (await this.agents.find()).filter(
      (agent) => agent.startDate <= today && (agent.endDate === null || agent.endDate >= today),
    );
    const positions =
      Math.round(employed.reduce((sum, agent) => sum + agent.employmentPercent, 0)) / 100;
    // The goal most of the groups have.
    const goals = new Map<string, number>();
    for (const group of await this.groups.find()) {
      const key = `${group.serviceLevelGoal}|${group.targetSeconds}`;
      goals.set(key, (goals.get(key) ?? 0) + 1);
    }
    const [common] = [...goals].sort((a, b) => b[1] - a[1]);
    const [serviceLevelGoal, targetSeconds] = common
      ? common[0].split('|').map(Number)
      : [0.8, 120];
    const vacant = (ASSUMED.annualTurnover * ASSUMED.recruitmentMonths) / 12;
    const yearlyCost =
      positions * (1 - vacant) * ASSUMED.monthlySalary * (1 + ASSUMED.payrollOverhead) * 12;
    const until = await this.lastCompleteMonth();
    return {
      scenario: {
        ...ASSUMED,
        ...(await this.writtenCases()),
        serviceLevelGoal: serviceLevelGoal ?? 0.8,
        targetSeconds: targetSeconds ?? 120,
        positions,
        // A budget that pays for today's staff, rounded up to 100 000 kr.
        annualBudget: Math.ceil(yearlyCost / 100_000) * 100_000,
      },
      from: addMonths(monthOf(today), 1),
      agents: employed.length,
      historyUntil: until,
    };
  }

  /**
   * The written queues' whole cases a working day (a week's over five, as a case arriving at
   * the weekend is answered on a weekday) and their case-weighted minutes to a tenth; nothing
   * without queues.
   */
  private async writtenCases(): Promise<
    Partial<Pick<FinanceBaselineDto['scenario'], 'writtenCasesPerDay' | 'writtenCaseMinutes'>>
  > {
    let cases = 0;
    let minutes = 0;
    for (const queue of await this.writtenQueues.find()) {
      const week = queue.casesPerWeekday.reduce((sum, count) => sum + count, 0);
      cases += week;
      minutes += week * queue.handleMinutes;
    }
    if (cases === 0) return {};
    return {
      writtenCasesPerDay: Math.round(cases / 5),
      writtenCaseMinutes: Math.round((minutes / cases) * 10) / 10,
    };
  }

  async plan(request: CapacityPlanRequestDto): Promise<CapacityPlanDto> {
    const profile = await this.historyProfile();
    const groups = new Map((await this.groups.find()).map((group) => [group.id, group]));
    const planMonths: (PlanMonth & { baselineMonth: string })[] = [];
    for (let index = 0; index < (request.months ?? 12); index++) {
      const month = addMonths(request.from, index);
      // The latest month of history with the same calendar month, or, where the history is
      // shorter than a year, the latest month it has.
      let baselineMonth = profile.lastCompleteMonth;
      while (baselineMonth.slice(5) !== month.slice(5))
        baselineMonth = addMonths(baselineMonth, -1);
      if (!profile.months.has(baselineMonth)) {
        baselineMonth = [...profile.months.keys()].sort().at(-1) ?? profile.lastCompleteMonth;
      }
      const weeks = profile.months.get(baselineMonth) ?? new Map<string, number[][]>();
      planMonths.push({
        month,
        baselineMonth,
        ...this.daysOf(month),
        yearsAfterBaseline: (monthIndex(month) - monthIndex(baselineMonth)) / 12,
        groups: [...weeks].flatMap(([answerGroupId, calls]): GroupWeek[] => {
          const group = groups.get(answerGroupId);
          return group ? [{ answerGroupId, ahtSeconds: group.ahtSeconds, calls }] : [];
        }),
      });
    }
    let plan: ReturnType<typeof capacityPlan>;
    try {
      plan = capacityPlan({
        intervalMinutes: profile.intervalMinutes,
        months: planMonths,
        scenario: request.scenario satisfies CapacityScenario,
      });
    } catch (error) {
      if (!(error instanceof CapacityInputError)) throw error;
      throw codedBadRequest(error.message, 'capacityInput', { field: error.field });
    }
    return {
      months: plan.months.map((month, index) => ({
        ...month,
        baselineMonth: planMonths[index]?.baselineMonth ?? month.month,
      })),
      year: plan.year,
      assumptions: ASSUMPTIONS,
    };
  }

  async findScenarios(): Promise<FinanceScenarioDto[]> {
    return (await this.scenarios.find({ order: { name: 'ASC' } })).map(toScenarioDto);
  }

  async createScenario(dto: SaveFinanceScenarioDto): Promise<FinanceScenarioDto> {
    await this.refuseTakenName(dto.name);
    const saved = await this.scenarios.save(
      this.scenarios.create({
        name: dto.name,
        note: dto.note ?? null,
        scenario: { ...dto.scenario },
      }),
    );
    return toScenarioDto(saved);
  }

  async updateScenario(id: number, dto: SaveFinanceScenarioDto): Promise<FinanceScenarioDto> {
    const entry = await this.scenarios.findOneBy({ id });
    if (!entry) throw new NotFoundException(`Finance scenario ${id} does not exist`);
    if (entry.name !== dto.name) await this.refuseTakenName(dto.name);
    Object.assign(entry, { name: dto.name, note: dto.note ?? null, scenario: { ...dto.scenario } });
    return toScenarioDto(await this.scenarios.save(entry));
  }

  async deleteScenario(id: number): Promise<void> {
    const result = await this.scenarios.delete({ id });
    if (!result.affected) throw new NotFoundException(`Finance scenario ${id} does not exist`);
  }

  private async refuseTakenName(name: string): Promise<void> {
    if (await this.scenarios.existsBy({ name })) {
      throw codedConflict(`A scenario named "${name}" already exists`, 'scenarioNameTaken', {
        name,
      });
    }
  }

  /** Days each weekday is open (public holidays that close the centre left out), and workdays. */
  private daysOf(month: string): { openDays: number[]; workingDays: number } {
    const openDays = [0, 0, 0, 0, 0, 0, 0];
    let workingDays = 0;
    for (let date = `${month}-01`; monthOf(date) === month; date = addLocalDays(date, 1)) {
      if (this.calendar.isClosed(date)) continue;
      const weekday = isoWeekdayIndex(date);
      openDays[weekday] = (openDays[weekday] ?? 0) + 1;
      if (weekday < 5) workingDays++;
    }
    return { openDays, workingDays };
  }

  /** The last month whose every day the history reaches, or null without history. */
  private async lastCompleteMonth(): Promise<string | null> {
    const [row] = await this.dataSource.query(
      `SELECT to_char((max(interval_start) AT TIME ZONE $1)::date, 'YYYY-MM-DD') AS last
         FROM history_interval`,
      [this.config.timezone],
    );
    const last = row?.last as string | null;
    if (!last) return null;
    // A centre closed at weekends has no calls after the month's last working day.
    let lastWorkingDay = addLocalDays(`${addMonths(monthOf(last), 1)}-01`, -1);
    while (isoWeekdayIndex(lastWorkingDay) > 4 || this.calendar.isClosed(lastWorkingDay)) {
      lastWorkingDay = addLocalDays(lastWorkingDay, -1);
    }
    return last >= lastWorkingDay ? monthOf(last) : addMonths(monthOf(last), -1);
  }

  /**
   * Mean calls per group, month, weekday and interval of the last twelve complete months, over
   * the days of that weekday with calls. The intervals are the history's most common length.
   */
  private async historyProfile(): Promise<HistoryProfile> {
    const lastCompleteMonth = await this.lastCompleteMonth();
    if (!lastCompleteMonth) {
      throw codedBadRequest('A capacity plan needs call history; import some first', 'noHistory');
    }
    const { timezone } = this.config;
    const from = `${addMonths(lastCompleteMonth, -11)}-01`;
    const to = `${addMonths(lastCompleteMonth, 1)}-01`;
    const [lengthRow] = await this.dataSource.query(
      `SELECT interval_minutes AS minutes FROM history_interval
        WHERE (interval_start AT TIME ZONE $1)::date >= $2::date
        GROUP BY interval_minutes ORDER BY count(*) DESC LIMIT 1`,
      [timezone, from],
    );
    const intervalMinutes = Number(lengthRow?.minutes);
    if (!(intervalMinutes < 1440)) {
      throw codedBadRequest(
        'A capacity plan needs history per interval of the day, not per day',
        'historyNotIntraday',
      );
    }
    const rows: {
      group: string;
      month: string;
      weekday: number;
      slot: number;
      calls: number;
      days: number;
    }[] = await this.dataSource.query(
      `WITH local AS (
           SELECT answer_group_id, interval_start AT TIME ZONE $1 AS at, offered
             FROM history_interval
            WHERE interval_minutes = $4
              AND interval_start >= ($2::date)::timestamp AT TIME ZONE $1
              AND interval_start < ($3::date)::timestamp AT TIME ZONE $1
         ), days AS (
           SELECT answer_group_id, to_char(at, 'YYYY-MM') AS month, extract(isodow FROM at)::int AS weekday,
                  count(DISTINCT at::date)::int AS days
             FROM local WHERE offered > 0 GROUP BY 1, 2, 3
         )
         SELECT local.answer_group_id AS "group", to_char(at, 'YYYY-MM') AS month,
                extract(isodow FROM at)::int - 1 AS weekday,
                ((extract(hour FROM at) * 60 + extract(minute FROM at)) / $4)::int AS slot,
                sum(offered)::float8 AS calls, days.days
           FROM local
           JOIN days ON days.answer_group_id = local.answer_group_id
                    AND days.month = to_char(at, 'YYYY-MM') AND days.weekday = extract(isodow FROM at)::int
          GROUP BY 1, 2, 3, 4, days.days`,
      [timezone, from, to, intervalMinutes],
    );
    const slots = Math.round(1440 / intervalMinutes);
    const months = new Map<string, Map<string, number[][]>>();
    for (const row of rows) {
      let groups = months.get(row.month);
      if (!groups) {
        groups = new Map();
        months.set(row.month, groups);
      }
      let week = groups.get(row.group);
      if (!week) {
        week = Array.from({ length: 7 }, () => new Array<number>(slots).fill(0));
        groups.set(row.group, week);
      }
      // The repeated hour of a 25-hour day falls on the same slot as its first: the query adds
      // both, as the day's calls in that hour of the clock.
      const day = week[row.weekday];
      if (day && row.slot < slots) day[row.slot] = row.calls / row.days;
    }
    return { intervalMinutes, months, lastCompleteMonth };
  }
}
