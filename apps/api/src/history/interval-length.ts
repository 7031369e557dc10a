import type { ParsedInterval } from './history-csv';
import { type RowError, rowError } from './import-errors';

/** Interval lengths format A allows: those that divide a day, and a whole day. */
export const INTERVAL_MINUTES = [5, 6, 10, 15, 30, 60, 1440] as const;
const DAY_MINUTES = 1440;

export interface IntervalCheck {
  intervalMinutes?: number;
  errors: RowError[];
}

/**
 * The interval length of a file (given, or the smallest step between a group's rows) and the
 * rows that are off its grid or repeat an interval. A whole-day file has every row at local
 * midnight and steps of 23 to 25 hours. Cost: O(rows log rows).
 */
export function checkIntervals(
  rows: ParsedInterval[],
  given?: number,
  maxErrors = 100,
): IntervalCheck {
  const errors: RowError[] = [];
  const byGroup = new Map<string, ParsedInterval[]>();
  for (const row of rows) {
    const group = byGroup.get(row.answerGroupId);
    if (group) group.push(row);
    else byGroup.set(row.answerGroupId, [row]);
  }
  let smallestStepMinutes = Number.POSITIVE_INFINITY;
  for (const group of byGroup.values()) {
    group.sort((a, b) => a.startMs - b.startMs || a.line - b.line);
    // Sorted by time then line, a repeated interval follows the first row that has it.
    let firstOfRun = group[0] as ParsedInterval;
    for (let i = 1; i < group.length; i++) {
      const row = group[i] as ParsedInterval;
      if (row.startMs === firstOfRun.startMs) {
        if (errors.length < maxErrors) {
          errors.push(
            rowError(row.line, 'interval_start', 'repeatedInterval', { line: firstOfRun.line }),
          );
        }
        continue;
      }
      smallestStepMinutes = Math.min(
        smallestStepMinutes,
        (row.startMs - firstOfRun.startMs) / 60_000,
      );
      firstOfRun = row;
    }
  }
  if (errors.length > 0) return { errors };

  let intervalMinutes = given;
  if (intervalMinutes === undefined) {
    const allMidnight = rows.every((row) => row.localMinuteOfDay === 0);
    if (allMidnight && smallestStepMinutes >= DAY_MINUTES - 60) intervalMinutes = DAY_MINUTES;
    else if (Number.isFinite(smallestStepMinutes)) intervalMinutes = smallestStepMinutes;
    else {
      return { errors: [rowError(null, 'intervalMinutes', 'intervalLengthUnknown')] };
    }
  }
  if (!(INTERVAL_MINUTES as readonly number[]).includes(intervalMinutes)) {
    return {
      errors: [
        rowError(null, 'intervalMinutes', 'intervalLengthNotAllowed', {
          minutes: intervalMinutes,
          allowed: INTERVAL_MINUTES.join(', '),
        }),
      ],
    };
  }
  for (const row of rows) {
    if (row.localMinuteOfDay % intervalMinutes !== 0 && errors.length < maxErrors) {
      errors.push(
        rowError(row.line, 'interval_start', 'notIntervalStart', { minutes: intervalMinutes }),
      );
    }
  }
  return errors.length > 0 ? { errors } : { intervalMinutes, errors };
}
