import {
  addLocalDays,
  formatLocalIso,
  intervalsOfLocalDay,
  isoWeekdayIndex,
  type LocalDate,
  localMinuteOfDay,
} from '@bemanna/calendar';
import type { HistoryRow } from './format-a';

/** Test data factory: format-A rows from a function of (date, minute of day, weekday). */
export function historyRows(options: {
  firstDate: LocalDate;
  days: number;
  timeZone: string;
  intervalMinutes: number;
  answerGroup?: string;
  /** Calls in the interval, or undefined for no row. */
  calls: (date: LocalDate, minuteOfDay: number, weekday: number) => number | undefined;
  ahtSeconds?: (date: LocalDate, minuteOfDay: number) => number;
}): HistoryRow[] {
  const rows: HistoryRow[] = [];
  for (let i = 0; i < options.days; i++) {
    const date = addLocalDays(options.firstDate, i);
    for (const startMs of intervalsOfLocalDay(date, options.intervalMinutes, options.timeZone)) {
      const minute = localMinuteOfDay(startMs, options.timeZone);
      const offered = options.calls(date, minute, isoWeekdayIndex(date));
      if (offered === undefined) continue;
      const row: HistoryRow = {
        line: rows.length + 2,
        intervalStart: formatLocalIso(startMs, options.timeZone),
        startMs,
        answerGroup: options.answerGroup ?? 'g',
        offered,
      };
      if (options.ahtSeconds) row.ahtSeconds = options.ahtSeconds(date, minute);
      rows.push(row);
    }
  }
  return rows;
}
