import { TIME_ZONE } from '../../lib/dates';

/*
 * Instants and local times in the contact centre's zone for the schedule timeline. lib/dates.ts
 * works in whole local dates; dragging a shift needs instants: where a local day starts (00:00
 * is 23 or 25 hours before the next on DST Sundays) and an instant written back with the local
 * offset, as the API writes shifts.
 */

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** Minutes the zone is ahead of UTC at an instant (60 in Swedish winter, 120 in summer). */
export function offsetMinutes(instant: number, timeZone: string = TIME_ZONE): number {
  let format = offsetFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    offsetFormats.set(timeZone, format);
  }
  const name = format.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  if (!match) return 0; // "GMT" alone: UTC itself
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/** The instant a local wall-clock time (minutes after 00:00) falls on a local date. */
export function zonedInstant(date: string, minutesOfDay: number, timeZone: string = TIME_ZONE) {
  const wallClockAsUtc = Date.parse(`${date}T00:00:00Z`) + minutesOfDay * 60_000;
  // The offset at the guess, then at the corrected instant: right on both sides of a change.
  const guess = wallClockAsUtc - offsetMinutes(wallClockAsUtc, timeZone) * 60_000;
  return wallClockAsUtc - offsetMinutes(guess, timeZone) * 60_000;
}

/** The instant a local day starts (local 00:00). */
export function startOfLocalDay(date: string, timeZone: string = TIME_ZONE): number {
  return zonedInstant(date, 0, timeZone);
}

/** An instant as local ISO 8601 with its offset, e.g. 2026-11-23T08:15:00+01:00. */
export function formatZonedIso(instant: number, timeZone: string = TIME_ZONE): string {
  const offset = offsetMinutes(instant, timeZone);
  const local = new Date(instant + offset * 60_000).toISOString().slice(0, 19);
  const sign = offset < 0 ? '-' : '+';
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  const minutes = String(Math.abs(offset) % 60).padStart(2, '0');
  return `${local}${sign}${hours}:${minutes}`;
}

/** "HH:MM" as minutes after midnight. */
export function minutesOfClock(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

/** Minutes after midnight as "HH:MM". */
export function clockOf(minutes: number): string {
  const hours = String(Math.floor(minutes / 60)).padStart(2, '0');
  return `${hours}:${String(minutes % 60).padStart(2, '0')}`;
}
