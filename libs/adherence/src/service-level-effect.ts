import { type LocalDate, localDateOf } from '@bemanna/calendar';
import { erlangCServiceLevelBetween } from '@bemanna/erlang';
import type { GroupPhoneInterval, TimeSpan } from './adherence';

/** An answer group's forecast calls by interval start, as the published week planned for. */
export interface GroupDemand {
  answerGroupId: string;
  ahtSeconds: number;
  targetSeconds: number;
  /** Forecast calls by interval start (epoch ms). */
  calls: ReadonlyMap<number, number>;
}

/** A day's service level with the phone staffing scheduled, and with the staffing there was. */
export interface DayServiceLevel {
  date: LocalDate;
  /** Forecast calls of the covered intervals. */
  calls: number;
  scheduled: number;
  actual: number;
}

/**
 * What adherence did to the service level: per local day, the call-weighted Erlang C service
 * level of the forecast calls with the phone agents the schedule had for each group, and with
 * those of them who were on the phone (`GroupPhoneInterval`), agents on the phone for part of
 * an interval counting as that part of an agent. Only intervals the states cover wholly count.
 * Agents on the phone when scheduled for something else are not counted: the states do not say
 * which group they served. Cost: O(groups x intervals).
 */
export function serviceLevelEffect(
  groupIntervals: readonly GroupPhoneInterval[],
  demand: readonly GroupDemand[],
  covered: readonly TimeSpan[],
  options: { intervalMinutes: number; timeZone: string },
): DayServiceLevel[] {
  const intervalMs = options.intervalMinutes * 60_000;
  const staffed = new Map<string, GroupPhoneInterval>();
  for (const interval of groupIntervals) {
    staffed.set(`${interval.answerGroupId}|${interval.startMs}`, interval);
  }
  const isCovered = (startMs: number) =>
    covered.some((span) => span.startMs <= startMs && startMs + intervalMs <= span.endMs);
  const days = new Map<LocalDate, { calls: number; scheduled: number; actual: number }>();
  for (const group of demand) {
    for (const [startMs, calls] of group.calls) {
      if (!(calls > 0) || !isCovered(startMs)) continue;
      const interval = staffed.get(`${group.answerGroupId}|${startMs}`);
      const traffic = (calls * group.ahtSeconds) / (intervalMs / 1000);
      const level = (agents: number) =>
        erlangCServiceLevelBetween(traffic, agents, group.ahtSeconds, group.targetSeconds);
      const date = localDateOf(startMs, options.timeZone);
      const day = days.get(date) ?? { calls: 0, scheduled: 0, actual: 0 };
      day.calls += calls;
      day.scheduled += calls * level(interval?.scheduledAgents ?? 0);
      day.actual += calls * level(interval?.phoneAgents ?? 0);
      days.set(date, day);
    }
  }
  return [...days]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, day]) => ({
      date,
      calls: day.calls,
      scheduled: day.scheduled / day.calls,
      actual: day.actual / day.calls,
    }));
}
