import type { Scenario, ScheduleRules } from './types';
import { type WeekGrid, shiftWindowMinutes } from './week-grid';
import { pauseSlots } from './pause-slots';

/**
 * A legal shift before any agent is named: a day, a start interval and a length. The catalogue
 * holds every one the rules allow (length in `shiftLengthsMinutes`, start on the granularity
 * grid at or after `earliestStart`, end by `latestEnd` on the same local day), so anything the
 * optimiser builds from it keeps those rules by construction.
 */
export interface ShiftType {
  day: number;
  /** Interval index in the week. */
  start: number;
  /**
   * Index of the length in `rules.shiftLengthsMinutes` (and in `byDayAndLength[day]`); -1 for
   * the traditional baseline's 08:00-16:30 when the rules do not allow that length.
   */
  lengthIndex: number;
  /** Length in intervals. */
  length: number;
  lengthMinutes: number;
  hasLunch: boolean;
  /** Shift minus lunch. */
  paidMinutes: number;
  /** Intervals left for work after lunch and breaks. */
  workIntervals: number;
}

export interface ShiftCatalogue {
  types: ShiftType[];
  /** Indices into `types` by day, then by length (order of `shiftLengthsMinutes`). */
  byDayAndLength: number[][][];
  /** Per day, intervals [from, to) from the earliest start to the latest end; null without shifts. */
  dayWindow: ({ from: number; to: number } | null)[];
}

/** Number of paid breaks in a shift: one in each part around the lunch (see checkRules). */
export function breaksPerShift(scenario: Scenario, hasLunch: boolean): number {
  if (scenario.rules.breakMinutes === 0) return 0;
  return hasLunch ? 2 : 1;
}

/**
 * Whether a shift of this length has a lunch: longer than `lunchRequiredAboveMinutes`, and
 * `lunchMinutes` above 0 (as `breakMinutes` 0 means no breaks, 0 means no lunch).
 */
export function shiftHasLunch(rules: ScheduleRules, lengthMinutes: number): boolean {
  return rules.lunchMinutes > 0 && lengthMinutes > rules.lunchRequiredAboveMinutes;
}

export function describeShift(scenario: Scenario, lengthMinutes: number) {
  const { rules, intervalMinutes } = scenario;
  const hasLunch = shiftHasLunch(rules, lengthMinutes);
  const { lunchLength, breakLength } = pauseSlots(scenario);
  const lunchIntervals = hasLunch ? lunchLength : 0;
  const breakIntervals = breaksPerShift(scenario, hasLunch) * breakLength;
  const length = lengthMinutes / intervalMinutes;
  return {
    length,
    lengthMinutes,
    hasLunch,
    paidMinutes: lengthMinutes - (hasLunch ? rules.lunchMinutes : 0),
    workIntervals: length - lunchIntervals - breakIntervals,
  };
}

export function buildShiftCatalogue(scenario: Scenario, grid: WeekGrid): ShiftCatalogue {
  const { earliest, latest } = shiftWindowMinutes(scenario);
  const granularity = scenario.rules.startGranularityMinutes;
  const types: ShiftType[] = [];
  const byDayAndLength: number[][][] = [];
  for (let day = 0; day < 7; day++) {
    const dayEnd = grid.dayStart[day + 1]!;
    byDayAndLength.push(
      scenario.rules.shiftLengthsMinutes.map((lengthMinutes, lengthIndex) => {
        const shape = describeShift(scenario, lengthMinutes);
        const ids: number[] = [];
        for (let start = grid.dayStart[day]!; start + shape.length <= dayEnd; start++) {
          const startMinute = grid.minuteOfDay[start]!;
          const endMinute = grid.minuteOfDay[start + shape.length - 1]! + grid.intervalMinutes;
          // The end's wall-clock minute must follow the start on the same day (a shift across
          // the skipped or repeated DST hour is judged by its real length, which we keep).
          if (startMinute < earliest || startMinute % granularity !== 0) continue;
          if (endMinute > latest || endMinute <= startMinute) continue;
          ids.push(types.length);
          types.push({ day, start, lengthIndex, ...shape });
        }
        return ids;
      }),
    );
  }
  const dayWindow = byDayAndLength.map((byLength) => {
    const ids = byLength.flat();
    if (ids.length === 0) return null;
    return {
      from: Math.min(...ids.map((s) => types[s]!.start)),
      to: Math.max(...ids.map((s) => types[s]!.start + types[s]!.length)),
    };
  });
  return { types, byDayAndLength, dayWindow };
}
