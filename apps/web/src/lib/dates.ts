/**
 * Local dates in the contact centre's time zone. The API speaks local dates ('2026-11-23') and
 * local times with offset ('2026-11-23T08:00:00+01:00'); the browser's own zone never matters.
 */
export const TIME_ZONE = 'Europe/Stockholm';

/** The local date (YYYY-MM-DD) of an instant in Europe/Stockholm. */
export function localDate(instant: Date, timeZone: string = TIME_ZONE): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** A local date moved by whole days; calendar arithmetic, so DST days count as one day. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  const moved = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, (day ?? 1) + days));
  return moved.toISOString().slice(0, 10);
}

/** Days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** 0 = Monday ... 6 = Sunday, as Swedish weeks start on Monday. */
export function weekdayIndex(date: string): number {
  return (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
}

/** The Monday of a local date's week. */
export function mondayOf(date: string): string {
  return addDays(date, -weekdayIndex(date));
}

/** Mondays of the weeks that days `first` to `last` (inclusive) touch, in order. */
export function mondaysBetween(first: string, last: string): string[] {
  const mondays: string[] = [];
  for (let monday = mondayOf(first); monday <= last; monday = addDays(monday, 7))
    mondays.push(monday);
  return mondays;
}

/** Local date of a local timestamp with offset: its first ten characters. */
export function dateOfInterval(intervalStart: string): string {
  return intervalStart.slice(0, 10);
}

/** Local wall-clock time (HH:MM) of a local timestamp with offset. */
export function timeOfInterval(intervalStart: string): string {
  return intervalStart.slice(11, 16);
}

/** ISO week number (Swedish "vecka"), weeks starting on Monday. */
export function isoWeek(date: string): number {
  const thursday = addDays(mondayOf(date), 3);
  const firstJanuary = `${thursday.slice(0, 4)}-01-01`;
  return Math.floor(daysBetween(firstJanuary, thursday) / 7) + 1;
}

/** The earlier of two local dates (YYYY-MM-DD compare as text). */
export function earlierDate(a: string, b: string): string {
  return a <= b ? a : b;
}

/** The later of two local dates. */
export function laterDate(a: string, b: string): string {
  return a >= b ? a : b;
}
