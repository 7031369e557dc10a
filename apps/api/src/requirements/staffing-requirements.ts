import { addLocalDays, isoWeekdayIndex } from '@bemanna/calendar';
import { type ErlangCase, erlangBatch } from '@bemanna/erlang';
import type { AnswerGroup } from '../answer-groups/answer-group.entity';
import { shrinkageByMonth } from '../answer-groups/answer-groups.service';
import type { ForecastPoint } from '../forecasts/seasonal-mean';
import { formatZonedIso, zoneOffsetMs } from '../history/zoned-time';
import type {
  DayRequirementDto,
  GroupRequirementsDto,
  IntervalRequirementDto,
  RequirementTotalsDto,
  WeekRequirementDto,
} from './dto/requirements.dto';

/** One full-time equivalent works 40 hours a week; a day's FTE counts 8 hours. */
export const FTE_HOURS_PER_WEEK = 40;
const FTE_HOURS_PER_DAY = FTE_HOURS_PER_WEEK / 5;

/** ISO 8601 week of a local date, e.g. `2026-W48`. */
export function isoWeekOf(date: string): { week: string; weekStart: string } {
  const weekStart = addLocalDays(date, -isoWeekdayIndex(date));
  const thursday = addLocalDays(weekStart, 3);
  const year = thursday.slice(0, 4);
  const dayOfYear =
    (Date.parse(`${thursday}T00:00:00Z`) - Date.parse(`${year}-01-01T00:00:00Z`)) / 86_400_000;
  return { week: `${year}-W${String(Math.floor(dayOfYear / 7) + 1).padStart(2, '0')}`, weekStart };
}

class Totals {
  calls = 0;
  agentHours = 0;
  scheduledAgentHours = 0;
  answeredWithinGoal = 0;

  add(interval: IntervalRequirementDto, hours: number): void {
    this.calls += interval.calls;
    this.agentHours += interval.agents * hours;
    this.scheduledAgentHours += interval.scheduledAgents * hours;
    this.answeredWithinGoal += interval.serviceLevel * interval.calls;
  }

  merge(other: Totals): void {
    this.calls += other.calls;
    this.agentHours += other.agentHours;
    this.scheduledAgentHours += other.scheduledAgentHours;
    this.answeredWithinGoal += other.answeredWithinGoal;
  }

  toDto(fteHours: number): RequirementTotalsDto {
    return {
      calls: this.calls,
      agentHours: this.agentHours,
      scheduledAgentHours: this.scheduledAgentHours,
      fte: this.scheduledAgentHours / fteHours,
      serviceLevel: this.calls > 0 ? this.answeredWithinGoal / this.calls : null,
    };
  }
}

export interface GroupRequirements {
  groups: GroupRequirementsDto[];
  total: RequirementTotalsDto;
}

/**
 * Staffing requirements per interval from forecast calls: agents on the phone by Erlang C
 * (Erlang A when the group has a caller patience), at the group's service goal and occupancy
 * cap, then scheduled agents after the month's shrinkage; with totals per local day and ISO
 * week. All intervals of all groups go to `erlangBatch` at once. Cost: O(intervals) solver
 * calls.
 */
export function staffingRequirements(
  groups: AnswerGroup[],
  points: ForecastPoint[],
  intervalMinutes: number,
  timeZone: string,
): GroupRequirements {
  const byGroup = new Map<string, ForecastPoint[]>(groups.map((group) => [group.id, []]));
  for (const point of points) byGroup.get(point.answerGroupId)?.push(point);

  const cases: ErlangCase[] = [];
  const shrinkages: number[] = [];
  for (const group of groups) {
    const monthly = shrinkageByMonth(group);
    for (const point of byGroup.get(group.id) ?? []) {
      const month = new Date(point.startMs + zoneOffsetMs(point.startMs, timeZone)).getUTCMonth();
      const shrinkage = monthly[month] ?? group.defaultShrinkage;
      shrinkages.push(shrinkage);
      cases.push({
        calls: point.calls,
        intervalSeconds: intervalMinutes * 60,
        ahtSeconds: point.ahtSeconds ?? group.ahtSeconds,
        targetSeconds: group.targetSeconds,
        serviceLevelGoal: group.serviceLevelGoal,
        shrinkage,
        ...(group.maxOccupancy !== null ? { maxOccupancy: group.maxOccupancy } : {}),
        ...(group.patienceSeconds !== null ? { patienceSeconds: group.patienceSeconds } : {}),
      });
    }
  }
  const results = erlangBatch(cases);

  const hours = intervalMinutes / 60;
  const total = new Totals();
  let index = 0;
  const answerGroups = groups.map((group): GroupRequirementsDto => {
    const intervals: IntervalRequirementDto[] = [];
    const days = new Map<string, Totals>();
    const weeks = new Map<string, { weekStart: string; totals: Totals }>();
    for (const point of byGroup.get(group.id) ?? []) {
      const erlangCase = cases[index] as ErlangCase;
      const result = results[index];
      const shrinkage = shrinkages[index] as number;
      index++;
      if (!result) continue;
      const intervalStart = formatZonedIso(point.startMs, timeZone);
      const interval: IntervalRequirementDto = {
        intervalStart,
        calls: point.calls,
        ahtSeconds: erlangCase.ahtSeconds,
        trafficErlangs: result.trafficErlangs,
        agents: result.agents,
        serviceLevel: result.serviceLevel,
        asaSeconds: result.asaSeconds,
        occupancy: result.occupancy,
        ...(result.abandonRate !== undefined ? { abandonRate: result.abandonRate } : {}),
        shrinkage,
        scheduledAgents: result.scheduledAgents,
      };
      intervals.push(interval);
      const date = intervalStart.slice(0, 10);
      let day = days.get(date);
      if (!day) {
        day = new Totals();
        days.set(date, day);
      }
      day.add(interval, hours);
    }
    for (const [date, day] of days) {
      const { week, weekStart } = isoWeekOf(date);
      let entry = weeks.get(week);
      if (!entry) {
        entry = { weekStart, totals: new Totals() };
        weeks.set(week, entry);
      }
      entry.totals.merge(day);
      total.merge(day);
    }
    return {
      answerGroupId: group.id,
      model: group.patienceSeconds !== null ? 'erlang-a' : 'erlang-c',
      serviceLevelGoal: group.serviceLevelGoal,
      targetSeconds: group.targetSeconds,
      intervals,
      days: [...days].map(
        ([date, day]): DayRequirementDto => ({ date, ...day.toDto(FTE_HOURS_PER_DAY) }),
      ),
      weeks: [...weeks].map(
        ([week, { weekStart, totals }]): WeekRequirementDto => ({
          week,
          weekStart,
          ...totals.toDto(FTE_HOURS_PER_WEEK),
        }),
      ),
    };
  });
  return { groups: answerGroups, total: total.toDto(FTE_HOURS_PER_WEEK) };
}
