import { TZDate } from '@date-fns/tz';
import { formatISO } from 'date-fns';

/** A local calendar date, `YYYY-MM-DD`. */
export type LocalDate = string;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseLocalDate(date: LocalDate): [number, number, number] {
  const match = LOCAL_DATE.exec(date);
  if (!match) throw new RangeError(`"${date}" is not a local date (YYYY-MM-DD)`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** The instant (epoch ms) at which `date` starts in `timeZone`: local midnight. */
export function startOfLocalDay(date: LocalDate, timeZone: string): number {
  const [year, month, day] = parseLocalDate(date);
  return new TZDate(year, month - 1, day, 0, 0, timeZone).getTime();
}

/** The local date `days` after `date` (negative goes back); pure calendar arithmetic. */
export function addLocalDays(date: LocalDate, days: number): LocalDate {
  const [year, month, day] = parseLocalDate(date);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** Weekday of a local date, 0 = Monday ... 6 = Sunday (the Swedish week). */
export function isoWeekdayIndex(date: LocalDate): number {
  const [year, month, day] = parseLocalDate(date);
  return (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
}

/** The local date of an instant in `timeZone`. */
export function localDateOf(instantMs: number, timeZone: string): LocalDate {
  return formatISO(new TZDate(instantMs, timeZone), { representation: 'date' });
}

/** Minutes since local midnight of an instant (wall-clock, so 03:00 on a DST day is 180). */
export function localMinuteOfDay(instantMs: number, timeZone: string): number {
  const local = new TZDate(instantMs, timeZone);
  return local.getHours() * 60 + local.getMinutes();
}

/** ISO 8601 with the zone's offset at that instant, e.g. `2025-03-30T03:00:00+02:00`. */
export function formatLocalIso(instantMs: number, timeZone: string): string {
  return formatISO(new TZDate(instantMs, timeZone));
}

/**
 * The interval start instants of one local day: 92 quarters on the day clocks go forward
 * (23 h), 100 on the day they go back (25 h), 96 otherwise. `intervalMinutes` must divide a day.
 */
export function intervalsOfLocalDay(
  date: LocalDate,
  intervalMinutes: number,
  timeZone: string,
): number[] {
  if (!(intervalMinutes > 0) || 1440 % intervalMinutes !== 0) {
    throw new RangeError(`intervalMinutes ${intervalMinutes} does not divide a day`);
  }
  const start = startOfLocalDay(date, timeZone);
  const end = startOfLocalDay(addLocalDays(date, 1), timeZone);
  const step = intervalMinutes * 60_000;
  const starts: number[] = [];
  for (let t = start; t < end; t += step) starts.push(t);
  return starts;
}

/** Length of a local day in minutes: 1380, 1440 or 1500 in Europe/Stockholm. */
export function localDayMinutes(date: LocalDate, timeZone: string): number {
  return (
    (startOfLocalDay(addLocalDays(date, 1), timeZone) - startOfLocalDay(date, timeZone)) / 60_000
  );
}
