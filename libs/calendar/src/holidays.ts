import Holidays from 'date-holidays';
import { addLocalDays, type LocalDate } from './local-time';

/**
 * How a public-holiday calendar classifies a day, in the terms a contact centre plans by:
 * - `holiday`: a public holiday (helgdag); municipal centres are closed.
 * - `eve`: a de facto day off before a holiday (julafton, nyårsafton, midsommarafton).
 * - `shortDay`: an eve with a shortened working day (skärtorsdagen, valborgsmässoafton, ...).
 * - `afterHoliday`: the first working day after a holiday or eve, when held-back calls surge.
 * - `normal`: anything else.
 */
export type DayKind = 'holiday' | 'eve' | 'shortDay' | 'afterHoliday' | 'normal';

/** Whether a day of this kind closes a municipal centre: a public holiday or an eve off. */
export function isClosedDay(kind: DayKind | undefined): boolean {
  return kind === 'holiday' || kind === 'eve';
}

export interface SpecialDay {
  date: LocalDate;
  kind: Exclude<DayKind, 'normal' | 'afterHoliday'>;
  name: string;
}

/**
 * The special days of a year for an ISO 3166 country (`none` for no calendar), from the
 * maintained `date-holidays` data. Observances (Mors dag, Nobeldagen) are ignored: nobody
 * gets a day off for them. Cost: one calendar lookup per call; callers should cache per year.
 */
export function specialDaysOfYear(year: number, country: string): SpecialDay[] {
  if (country.toLowerCase() === 'none') return [];
  const calendar = new Holidays(country);
  if (!calendar.getCountries()[country.toUpperCase()]) {
    throw new RangeError(`unknown country "${country}" for public holidays (ISO 3166, or "none")`);
  }
  const days: SpecialDay[] = [];
  for (const holiday of calendar.getHolidays(year)) {
    const date = holiday.date.slice(0, 10);
    // Skärtorsdagen is listed as an observance but is a shortened working day in Sweden.
    const shortened = holiday.type === 'optional' || /skärtorsdag/i.test(holiday.name);
    const kind =
      holiday.type === 'public'
        ? 'holiday'
        : holiday.type === 'bank'
          ? 'eve'
          : shortened
            ? 'shortDay'
            : null;
    if (kind) days.push({ date, kind, name: holiday.name });
  }
  return days;
}

/**
 * A day classifier over any range of years: `kindOf(date)` says what the day is, treating a
 * weekday after a closed day (holiday, eve, or a weekend that follows one) as `afterHoliday`.
 */
export function holidayCalendar(country: string): {
  kindOf(date: LocalDate): DayKind;
  nameOf(date: LocalDate): string | undefined;
} {
  const byYear = new Map<number, Map<LocalDate, SpecialDay>>();
  const lookup = (date: LocalDate): SpecialDay | undefined => {
    const year = Number(date.slice(0, 4));
    let days = byYear.get(year);
    if (!days) {
      days = new Map(specialDaysOfYear(year, country).map((d) => [d.date, d]));
      byYear.set(year, days);
    }
    return days.get(date);
  };
  const isClosed = (date: LocalDate) => isClosedDay(lookup(date)?.kind);
  return {
    kindOf(date) {
      const special = lookup(date);
      if (special) return special.kind;
      const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
      if (weekday >= 5) return 'normal';
      // Walk back over the weekend: Monday after a closed Friday still carries the surge.
      for (let back = 1; back <= 3; back++) {
        const previous = addLocalDays(date, -back);
        if (isClosed(previous)) return 'afterHoliday';
        const previousWeekday = (weekday - back + 7) % 7;
        if (previousWeekday < 5) break;
      }
      return 'normal';
    },
    nameOf: (date) => lookup(date)?.name,
  };
}
