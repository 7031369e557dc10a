import {
  addLocalDays,
  type DayKind,
  formatLocalIso,
  holidayCalendar,
  intervalsOfLocalDay,
  isoWeekdayIndex,
  type LocalDate,
  localMinuteOfDay,
  startOfLocalDay,
} from '@bemanna/calendar';

export const TIME_ZONE = 'Europe/Stockholm';
export const INTERVAL_MINUTES = 15;

/** One local day of the centre with its quarter-hours, computed once and cached. */
export interface LocalDay {
  date: LocalDate;
  /** 0 = Monday ... 6 = Sunday. */
  weekday: number;
  kind: DayKind;
  /** A klämdag: a working day squeezed between a holiday and the weekend, when many are off. */
  bridgeDay: boolean;
  /** Interval start instants (epoch ms): 92, 96 or 100 of them. */
  starts: number[];
  /** Wall-clock minute of day of each start (03:00 on the spring DST day is 180). */
  minutes: number[];
  /** Each start as ISO 8601 with its offset. */
  isoStarts: string[];
  /** The instant the next local day starts. */
  endMs: number;
}

const holidays = holidayCalendar('SE');
const cache = new Map<LocalDate, LocalDay>();
/** Enough for several years of days; beyond it the cache starts over rather than growing. */
const CACHE_LIMIT = 5000;

/**
 * The local day `date` in Europe/Stockholm. Formatting 200,000 instants through time-zone
 * rules costs seconds, so on ordinary days (96 quarters, one offset) the strings are built
 * from the day's single offset; only the two DST days a year ask the calendar per instant.
 */
export function localDay(date: LocalDate): LocalDay {
  const cached = cache.get(date);
  if (cached) return cached;
  const starts = intervalsOfLocalDay(date, INTERVAL_MINUTES, TIME_ZONE);
  let minutes: number[];
  let isoStarts: string[];
  if (starts.length * INTERVAL_MINUTES === 1440) {
    const offset = formatLocalIso(starts[0] ?? 0, TIME_ZONE).slice(-6);
    minutes = starts.map((_, index) => index * INTERVAL_MINUTES);
    isoStarts = minutes.map((minute) => `${date}T${clock(minute)}:00${offset}`);
  } else {
    minutes = starts.map((start) => localMinuteOfDay(start, TIME_ZONE));
    isoStarts = starts.map((start) => formatLocalIso(start, TIME_ZONE));
  }
  const weekday = isoWeekdayIndex(date);
  const day: LocalDay = {
    date,
    weekday,
    kind: holidays.kindOf(date),
    bridgeDay: isBridgeDay(date, weekday),
    starts,
    minutes,
    isoStarts,
    endMs: startOfLocalDay(addLocalDays(date, 1), TIME_ZONE),
  };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(date, day);
  return day;
}

/** Friday after a Thursday holiday (Kristi himmelsfärd) or Monday before a Tuesday one. */
function isBridgeDay(date: LocalDate, weekday: number): boolean {
  if (weekday === 4) return holidays.kindOf(addLocalDays(date, -1)) === 'holiday';
  if (weekday === 0) return holidays.kindOf(addLocalDays(date, 1)) === 'holiday';
  return false;
}

/** `HH:MM` of a minute of day. */
export function clock(minuteOfDay: number): string {
  const hours = Math.floor(minuteOfDay / 60);
  const minutes = minuteOfDay % 60;
  return `${hours < 10 ? '0' : ''}${hours}:${minutes < 10 ? '0' : ''}${minutes}`;
}

/** Minute of day of a local `HH:MM`. */
export function minuteOfClock(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}
