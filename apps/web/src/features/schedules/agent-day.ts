import { TIME_ZONE } from '../../lib/dates';
import { shiftDate, shiftIndexOn } from './timeline';
import type { Schedule, ScheduleEdit, ScheduleRules, ScenarioAgent, Shift } from './types';
import { formatZonedIso, minutesOfClock, zonedInstant } from './zoned-time';

/*
 * What the planner selects on the timeline: an agent on a local date, the way edits name a
 * shift. On a day the agent works it is that shift, to change, swap or remove; on a day off it
 * is the place to add one.
 */

const MINUTE = 60_000;

export interface AgentDay {
  agentId: string;
  date: string;
}

/** The agent's shift that starts on the date, if there is one. */
export function shiftOn(
  schedule: Schedule,
  agentDay: AgentDay,
  timeZone: string = TIME_ZONE,
): Shift | undefined {
  return schedule.shifts[shiftIndexOn(schedule, agentDay, timeZone)];
}

/** Agents in the order of their names, as Swedish sorts them. */
export function byName(a: { name: string }, b: { name: string }): number {
  return a.name.localeCompare(b.name, 'sv');
}

/** Whether an agent has a shift on a day, looked up in O(1) once the schedule is read. */
export function worksOn(
  schedule: Schedule,
  timeZone: string = TIME_ZONE,
): (agentDay: AgentDay) => boolean {
  const key = ({ agentId, date }: AgentDay) => `${agentId} ${date}`;
  const working = new Set(
    schedule.shifts.map((shift) =>
      key({ agentId: shift.agentId, date: shiftDate(shift, timeZone) }),
    ),
  );
  return (agentDay) => working.has(key(agentDay));
}

/** The days among `dates` each agent has no shift on: agent by agent in the order given. */
export function daysOff(
  schedule: Schedule,
  agents: ScenarioAgent[],
  dates: string[],
  timeZone: string = TIME_ZONE,
): AgentDay[] {
  const works = worksOn(schedule, timeZone);
  return agents.flatMap((agent) =>
    dates.map((date) => ({ agentId: agent.id, date })).filter((agentDay) => !works(agentDay)),
  );
}

/**
 * Every `stepMinutes` from a shift's start to its end, as local ISO 8601: where a changed
 * activity may start or end. Steps are elapsed time, so they stay right on DST days.
 */
export function timesIn(shift: Shift, stepMinutes: number, timeZone: string = TIME_ZONE) {
  const times: string[] = [];
  const end = Date.parse(shift.end);
  for (let at = Date.parse(shift.start); at <= end; at += stepMinutes * MINUTE) {
    times.push(formatZonedIso(at, timeZone));
  }
  return times;
}

type ShiftTimeRules = Pick<
  ScheduleRules,
  'earliestStart' | 'latestEnd' | 'shiftLengthsMinutes' | 'startGranularityMinutes'
>;

/**
 * Local times (minutes after 00:00) a new shift may start at: on the start granularity from the
 * earliest start while the shortest shift still ends by the latest end.
 */
export function shiftStarts(rules: ShiftTimeRules): number[] {
  const step = rules.startGranularityMinutes || 15;
  const last = minutesOfClock(rules.latestEnd) - Math.min(...rules.shiftLengthsMinutes);
  const starts: number[] = [];
  for (let at = minutesOfClock(rules.earliestStart); at <= last; at += step) starts.push(at);
  return starts;
}

/** The allowed shift lengths that, started at `startMinutes` on the date, end by the latest end. */
export function lengthsFrom(
  rules: ShiftTimeRules,
  date: string,
  startMinutes: number,
  timeZone: string = TIME_ZONE,
): number[] {
  const start = zonedInstant(date, startMinutes, timeZone);
  const latest = zonedInstant(date, minutesOfClock(rules.latestEnd), timeZone);
  return rules.shiftLengthsMinutes
    .filter((length) => start + length * MINUTE <= latest)
    .sort((a, b) => a - b);
}

/**
 * The edit that adds a shift on the agent's day off: it starts at the local time on the date
 * and lasts `lengthMinutes` of elapsed time; the API lays out its lunch, breaks and phone.
 * An `overtime` shift (mertid or övertid) is paid outside the agent's contract.
 */
export function addShiftEdit(
  agentDay: AgentDay,
  startMinutes: number,
  lengthMinutes: number,
  overtime: boolean,
  timeZone: string = TIME_ZONE,
): ScheduleEdit {
  const start = zonedInstant(agentDay.date, startMinutes, timeZone);
  return {
    type: 'add',
    ...agentDay,
    start: formatZonedIso(start, timeZone),
    end: formatZonedIso(start + lengthMinutes * MINUTE, timeZone),
    ...(overtime ? { overtime } : {}),
  };
}
