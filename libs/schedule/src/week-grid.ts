import {
  addLocalDays,
  intervalsOfLocalDay,
  localMinuteOfDay,
  startOfLocalDay,
} from '@bemanna/calendar';
import type { Scenario } from './types';
import { minutesOfLocalTime } from './validate-scenario';

/**
 * The planning week as a grid of intervals from Monday 00:00 local to the next Monday 00:00.
 * Interval `t` starts at `weekStartMs + t * intervalMs`: real time is contiguous even when a
 * DST change makes a day 23 or 25 hours long, so the grid has 668, 672 or 676 quarters and
 * `calls[t]` of every answer group lines up with it. Wall-clock minutes (`minuteOfDay`) are
 * kept per interval because opening hours, earliest start and latest end are local times.
 */
export interface WeekGrid {
  timeZone: string;
  intervalMinutes: number;
  intervalMs: number;
  weekStartMs: number;
  weekEndMs: number;
  /** Local dates Monday..Sunday. */
  dates: string[];
  /** Number of intervals in the week. */
  size: number;
  /** Weekday (0 = Monday) of each interval. */
  dayOf: Int8Array;
  /** Local wall-clock minute of each interval's start. */
  minuteOfDay: Int16Array;
  /** Index of the first interval of each day; `dayStart[7] === size`. */
  dayStart: number[];
  /** Per answer group (scenario order) and interval: whether the group takes calls. */
  open: Uint8Array[];
}

export function buildWeekGrid(scenario: Scenario): WeekGrid {
  const { timezone: timeZone, intervalMinutes, weekStart } = scenario;
  const dates = Array.from({ length: 7 }, (_, day) => addLocalDays(weekStart, day));
  const dayStart: number[] = [];
  const days: number[] = [];
  const minutes: number[] = [];
  dates.forEach((date, day) => {
    dayStart.push(days.length);
    for (const start of intervalsOfLocalDay(date, intervalMinutes, timeZone)) {
      days.push(day);
      minutes.push(localMinuteOfDay(start, timeZone));
    }
  });
  dayStart.push(days.length);
  const size = days.length;
  const dayOf = Int8Array.from(days);
  const minuteOfDay = Int16Array.from(minutes);
  const open = scenario.answerGroups.map((group) => {
    const mask = new Uint8Array(size);
    for (let t = 0; t < size; t++) {
      const hours = group.open[dayOf[t]!];
      if (!hours) continue;
      const minute = minuteOfDay[t]!;
      mask[t] =
        minute >= minutesOfLocalTime(hours[0]) && minute < minutesOfLocalTime(hours[1]) ? 1 : 0;
    }
    return mask;
  });
  const weekStartMs = startOfLocalDay(weekStart, timeZone);
  const intervalMs = intervalMinutes * 60_000;
  return {
    timeZone,
    intervalMinutes,
    intervalMs,
    weekStartMs,
    weekEndMs: weekStartMs + size * intervalMs,
    dates,
    size,
    dayOf,
    minuteOfDay,
    dayStart,
    open,
  };
}

/**
 * The interval of `day` that starts at local wall-clock `minute`, or -1 when the day has none
 * (the skipped hour of a spring-forward day). On the fall-back day the first occurrence wins.
 */
export function intervalAtLocalMinute(grid: WeekGrid, day: number, minute: number): number {
  if (minute === 1440) return grid.dayStart[day + 1]!;
  for (let t = grid.dayStart[day]!; t < grid.dayStart[day + 1]!; t++) {
    if (grid.minuteOfDay[t] === minute) return t;
  }
  return -1;
}

/** The interval starting at instant `ms`, or -1 when `ms` is off the grid or outside the week. */
export function intervalOfInstant(grid: WeekGrid, ms: number): number {
  const offset = ms - grid.weekStartMs;
  if (offset < 0 || offset > grid.size * grid.intervalMs || offset % grid.intervalMs !== 0)
    return -1;
  return offset / grid.intervalMs;
}

/** Local wall-clock minutes of the rules' earliest start and latest end. */
export function shiftWindowMinutes(scenario: Scenario): { earliest: number; latest: number } {
  return {
    earliest: minutesOfLocalTime(scenario.rules.earliestStart),
    latest: minutesOfLocalTime(scenario.rules.latestEnd),
  };
}
