import {
  addLocalDays,
  type DayKind,
  holidayCalendar,
  intervalsOfLocalDay,
  isoWeekdayIndex,
  type LocalDate,
  localDateOf,
  localMinuteOfDay,
  startOfLocalDay,
} from '@bemanna/calendar';
import { FormatAError, type HistoryRow } from './format-a';
import { handleTimeBySlot } from './handle-time';
import { median } from 'simple-statistics';

/**
 * The calendar every group's series lives on: consecutive local days from the first history
 * day to the last forecast day, each cut into wall-clock slots of `intervalMinutes`.
 *
 * Why wall-clock slots: callers and agents live by the clock, so 08:00 on the Monday after a
 * clock change must line up with 08:00 the week before. The price is at the changes: on the
 * 23-hour day the slots of the skipped hour do not exist (multiplicity 0); on the 25-hour day
 * the repeated hour's slots hold two real intervals (multiplicity 2). Values are always per
 * real interval, so a daily total is `sum(value * multiplicity)`.
 */
export interface DayGrid {
  timeZone: string;
  intervalMinutes: number;
  slotsPerDay: number;
  dates: LocalDate[];
  /** 0 = Monday ... 6 = Sunday. */
  weekdays: Uint8Array;
  kinds: DayKind[];
  /** The holiday's name (e.g. `midsommarafton`) on holidays, eves and short days. */
  names: (string | undefined)[];
  /** Kinds of the days after the grid up to the end of its last month (for the month end). */
  tailKinds: DayKind[];
  /** Real intervals per slot on days when clocks change; `null` (all ones) on other days. */
  multiplicity: (Uint8Array | null)[];
  /** Index of the first forecast day (`from`); days before it are history. */
  fromIndex: number;
}

/** Why a day may not be learned from. */
export type DayState = 'usable' | 'missing' | 'excluded' | 'special';

export interface GroupSeries {
  answerGroup: string;
  /** days x slots, calls per real interval; NaN = no data (not zero). */
  values: Float64Array;
  /** Daily totals; NaN when any existing slot of the day has no data. */
  totals: Float64Array;
  /** The file had rows for this day: only such days are scored in a backtest. */
  observed: Uint8Array;
  /** usable: a normal day with complete data to learn from. */
  states: DayState[];
  /** Weekdays the group is open on, learned from the history (not assumed). */
  openWeekdays: boolean[];
  /** Calendar effects of every day of the grid (history and forecast), see {@link DayEffect}. */
  effects: Uint8Array;
  /** Handle time per slot of day, weighted by answered calls; undefined without aht_seconds. */
  ahtSecondsBySlot?: Float64Array;
}

export interface SeriesOptions {
  from: LocalDate;
  days: number;
  timeZone: string;
  country: string;
  intervalMinutes?: number;
  excludeDates?: readonly LocalDate[];
  /** Calendar holidays or eves on which the centre is open as on any other day. */
  openDates?: readonly LocalDate[];
  /** Weeks of history the handle-time profile averages over. */
  ahtWeeks?: number;
}

export interface BuiltSeries {
  grid: DayGrid;
  groups: GroupSeries[];
}

/**
 * Places format-A rows on the day grid per answer group and decides, per missing cell,
 * whether it is "closed" (zero) or "no data" (NaN):
 * - a day without rows is closed when it is a holiday or eve, or its weekday is one the group
 *   is not open on (rows on fewer than half of those weekdays); otherwise it is missing;
 * - within a day with rows, an absent interval is missing when that weekday's interval usually
 *   has a row (on at least half of the days), otherwise closed.
 * Rows on or after `from` are ignored. Cost: O(rows + days x slots x groups), with time-zone
 * arithmetic once per day rather than per row.
 */
export function buildSeries(rows: readonly HistoryRow[], options: SeriesOptions): BuiltSeries {
  const { timeZone, from } = options;
  const fromStart = startOfLocalDay(from, timeZone);
  const history = rows.filter((row) => row.startMs < fromStart);
  const locator = new LocalLocator(timeZone);
  // Typed arrays rather than an object per row: a two-year file has a million rows.
  const dates: LocalDate[] = new Array(history.length);
  const minutes = new Int32Array(history.length);
  for (let i = 0; i < history.length; i++) {
    dates[i] = locator.locate(history[i] as HistoryRow);
    minutes[i] = locator.minute;
  }
  const intervalMinutes = options.intervalMinutes ?? detectIntervalMinutes(history, dates, minutes);

  let firstDate = from;
  for (const date of dates) if (date < firstDate) firstDate = date;
  const grid = buildGrid(
    firstDate,
    from,
    options.days,
    intervalMinutes,
    timeZone,
    options.country,
    options.openDates,
  );
  const dayIndex = new Map(grid.dates.map((date, index) => [date, index]));

  const byGroup = new Map<string, number[]>();
  const cells = new Int32Array(history.length);
  for (let i = 0; i < history.length; i++) {
    const row = history[i] as HistoryRow;
    const minute = minutes[i] as number;
    if (minute % intervalMinutes !== 0) {
      throw new FormatAError(
        row.line,
        'interval_start',
        `"${row.intervalStart}" is not on a ${intervalMinutes}-minute boundary of the local day in ${timeZone}`,
      );
    }
    cells[i] =
      (dayIndex.get(dates[i] as LocalDate) as number) * grid.slotsPerDay + minute / intervalMinutes;
    let indexes = byGroup.get(row.answerGroup);
    if (!indexes) {
      indexes = [];
      byGroup.set(row.answerGroup, indexes);
    }
    indexes.push(i);
  }

  const excluded = new Set(options.excludeDates ?? []);
  const groups = [...byGroup.keys()]
    .sort()
    .map((group) =>
      buildGroup(
        group,
        history,
        byGroup.get(group) as number[],
        cells,
        grid,
        excluded,
        options.ahtWeeks ?? 8,
      ),
    );
  return { grid, groups };
}

/**
 * Local date and wall-clock minute of each row. The fast path reads them from the text when
 * its offset is the zone's offset all that day (most rows); other rows (clock-change days,
 * files written in UTC) go through the time-zone database.
 */
class LocalLocator {
  private readonly offsetOfDay = new Map<string, number | null>();
  /** Wall-clock minute of the row last located. */
  minute = 0;
  constructor(private readonly timeZone: string) {}

  /** The row's local date; its minute of day is left in `minute`. */
  locate(row: HistoryRow): LocalDate {
    const text = row.intervalStart;
    const date = text.slice(0, 10);
    const wall = Date.UTC(
      Number(text.slice(0, 4)),
      Number(text.slice(5, 7)) - 1,
      Number(text.slice(8, 10)),
      Number(text.slice(11, 13)),
      Number(text.slice(14, 16)),
    );
    const rowOffset = Math.round((wall - row.startMs) / 60_000);
    let dayOffset = this.offsetOfDay.get(date);
    if (dayOffset === undefined) {
      const start = startOfLocalDay(date, this.timeZone);
      const next = startOfLocalDay(addLocalDays(date, 1), this.timeZone);
      dayOffset =
        next - start === 86_400_000
          ? Math.round((Date.parse(`${date}T00:00:00Z`) - start) / 60_000)
          : null;
      this.offsetOfDay.set(date, dayOffset);
    }
    if (dayOffset === rowOffset) {
      this.minute = Number(text.slice(11, 13)) * 60 + Number(text.slice(14, 16));
      return date;
    }
    this.minute = localMinuteOfDay(row.startMs, this.timeZone);
    return localDateOf(row.startMs, this.timeZone);
  }
}

/** Interval lengths that divide a day (1, 2, ... 720, 1440 minutes). */
const ALLOWED_INTERVALS = Array.from({ length: 1440 }, (_, i) => i + 1).filter(
  (length) => 1440 % length === 0,
);

/**
 * The interval length of a file: one day when every row starts at local midnight, else the
 * most common step between consecutive rows of a day. Every row must then lie on that grid: a
 * stray 08:20 in a quarter-hour file is reported with its line rather than silently turning the
 * file into 5-minute data (the greatest common divisor alone would do that).
 */
function detectIntervalMinutes(
  rows: readonly HistoryRow[],
  dates: readonly LocalDate[],
  minutes: Int32Array,
): number {
  if (minutes.every((minute) => minute === 0)) return 1440;
  const steps = new Map<number, number>();
  for (let i = 1; i < minutes.length; i++) {
    const step = (minutes[i] as number) - (minutes[i - 1] as number);
    if (step > 0 && dates[i] === dates[i - 1]) steps.set(step, (steps.get(step) ?? 0) + 1);
  }
  const common = [...steps.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0];
  let divisor = 1440;
  for (const minute of minutes) divisor = gcd(divisor, minute);
  const step =
    common === undefined
      ? divisor
      : (ALLOWED_INTERVALS.filter((length) => common % length === 0).pop() ?? divisor);
  const offender = minutes.findIndex((minute) => minute % step !== 0);
  if (offender < 0 && ALLOWED_INTERVALS.includes(step)) return step;
  const row = rows[Math.max(0, offender)] as HistoryRow;
  throw new FormatAError(
    row.line,
    'interval_start',
    `"${row.intervalStart}" is off the file's ${step}-minute interval grid (the interval length must divide a day, e.g. 5, 15 or 60 minutes, or be one day, the same throughout the file)`,
  );
}

function gcd(a: number, b: number): number {
  let x = a;
  let y = b;
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

export function buildGrid(
  firstDate: LocalDate,
  from: LocalDate,
  days: number,
  intervalMinutes: number,
  timeZone: string,
  country: string,
  openDates: readonly LocalDate[] = [],
): DayGrid {
  const open = new Set(openDates);
  const slotsPerDay = 1440 / intervalMinutes;
  const calendar = holidayCalendar(country);
  const dates: LocalDate[] = [];
  const last = addLocalDays(from, days - 1);
  for (let date = firstDate; date <= last; date = addLocalDays(date, 1)) dates.push(date);
  const multiplicity = dates.map((date) => {
    if (intervalMinutes === 1440) return null;
    const length =
      startOfLocalDay(addLocalDays(date, 1), timeZone) - startOfLocalDay(date, timeZone);
    if (length === 86_400_000) return null;
    const counts = new Uint8Array(slotsPerDay);
    for (const start of intervalsOfLocalDay(date, intervalMinutes, timeZone)) {
      const slot = Math.floor(localMinuteOfDay(start, timeZone) / intervalMinutes);
      counts[slot] = (counts[slot] ?? 0) + 1;
    }
    return counts;
  });
  return {
    timeZone,
    intervalMinutes,
    slotsPerDay,
    dates,
    weekdays: Uint8Array.from(dates, isoWeekdayIndex),
    kinds: dates.map((date) => (open.has(date) ? 'normal' : calendar.kindOf(date))),
    names: dates.map((date) => (open.has(date) ? undefined : calendar.nameOf(date))),
    tailKinds: restOfMonth(last).map((date) => (open.has(date) ? 'normal' : calendar.kindOf(date))),
    multiplicity,
    fromIndex: dates.indexOf(from),
  };
}

/** The dates after `date` in its month. */
function restOfMonth(date: LocalDate): LocalDate[] {
  const rest: LocalDate[] = [];
  for (let d = addLocalDays(date, 1); d.slice(0, 7) === date.slice(0, 7); d = addLocalDays(d, 1)) {
    rest.push(d);
  }
  return rest;
}

/** Real intervals of slot `slot` on day `day` (0, 1 or 2). */
export function multiplicityOf(grid: DayGrid, day: number, slot: number): number {
  const counts = grid.multiplicity[day];
  return counts ? (counts[slot] as number) : 1;
}

/** Daily total of a day x slot matrix row: sum of value x real intervals; NaN if any is. */
export function dayTotal(grid: DayGrid, values: Float64Array, day: number, rowDay = day): number {
  const S = grid.slotsPerDay;
  const counts = grid.multiplicity[day];
  let total = 0;
  for (let s = 0; s < S; s++) {
    const k = counts ? (counts[s] as number) : 1;
    if (k > 0) total += k * (values[rowDay * S + s] as number);
  }
  return total;
}

const CLOSED_KINDS: ReadonlySet<DayKind> = new Set(['holiday', 'eve']);

/**
 * Calendar effects a day can carry, as bits: the public-holiday kinds, and the turn of the
 * month (first and last open day), when pay, pensions, benefits and statements arrive and
 * people call about them. Which of them matter, and how much, is learned per group.
 */
export const DayEffect = {
  holiday: 1,
  eve: 2,
  shortDay: 4,
  afterHoliday: 8,
  monthStart: 16,
  monthEnd: 32,
  secondAfterHoliday: 64,
} as const;
export type DayEffectName = keyof typeof DayEffect;
export const DAY_EFFECT_NAMES = Object.keys(DayEffect) as DayEffectName[];

/** Effects per day for a group open on `openWeekdays` (open days skip holidays and eves). */
export function dayEffects(grid: DayGrid, openWeekdays: readonly boolean[]): Uint8Array {
  const effects = new Uint8Array(grid.dates.length);
  const isOpen = (d: number) =>
    openWeekdays[grid.weekdays[d] as number] === true &&
    !CLOSED_KINDS.has(grid.kinds[d] as DayKind);
  let previousOpen = -1;
  for (let d = 0; d < grid.dates.length; d++) {
    const kind = grid.kinds[d] as DayKind;
    if (kind !== 'normal') effects[d] = DayEffect[kind];
    if (!isOpen(d)) continue;
    // The backlog of a closed day takes more than one day to clear.
    if (previousOpen >= 0 && grid.kinds[previousOpen] === 'afterHoliday' && kind === 'normal') {
      effects[d] = (effects[d] as number) | DayEffect.secondAfterHoliday;
    }
    const month = (grid.dates[d] as string).slice(0, 7);
    // The first open day of a month, and the last open day of the previous one, known only
    // inside the grid: the grid's first and last months may be cut, so their ends are unknown.
    if (previousOpen >= 0 && (grid.dates[previousOpen] as string).slice(0, 7) !== month) {
      effects[d] = (effects[d] as number) | DayEffect.monthStart;
      effects[previousOpen] = (effects[previousOpen] as number) | DayEffect.monthEnd;
    }
    previousOpen = d;
  }
  // The grid's last open day ends its month unless an open day follows in that month.
  if (previousOpen >= 0) {
    const lastDate = grid.dates[grid.dates.length - 1] as LocalDate;
    const month = (grid.dates[previousOpen] as string).slice(0, 7);
    const tail = restOfMonth(lastDate);
    const openLater =
      month === lastDate.slice(0, 7) &&
      tail.some(
        (date, i) =>
          openWeekdays[isoWeekdayIndex(date)] === true &&
          !CLOSED_KINDS.has(grid.tailKinds[i] as DayKind),
      );
    if (!openLater) effects[previousOpen] = (effects[previousOpen] as number) | DayEffect.monthEnd;
  }
  return effects;
}

function buildGroup(
  answerGroup: string,
  rows: readonly HistoryRow[],
  indexes: readonly number[],
  cells: Int32Array,
  grid: DayGrid,
  excludedDates: ReadonlySet<LocalDate>,
  ahtWeeks: number,
): GroupSeries {
  const S = grid.slotsPerDay;
  const nDays = grid.dates.length;
  const history = grid.fromIndex;
  const sums = new Float64Array(nDays * S);
  const counts = new Uint8Array(nDays * S);
  const observed = new Uint8Array(nDays);
  const ahtStart = history - 7 * ahtWeeks;
  const ahtWeighted = new Float64Array(S);
  const ahtWeight = new Float64Array(S);
  // All history too, for a group whose handle times stop before the recent weeks.
  const ahtWeightedAll = new Float64Array(S);
  const ahtWeightAll = new Float64Array(S);
  let hasAht = false;
  let first = nDays;
  let last = -1;
  // The first row's instant in each cell that holds two real intervals (the repeated hour),
  // so that a true duplicate there is told apart from the hour's second occurrence.
  const repeated = new Map<number, number>();
  for (const index of indexes) {
    const row = rows[index] as HistoryRow;
    const cell = cells[index] as number;
    const day = Math.floor(cell / S);
    const slot = cell - day * S;
    const allowed = multiplicityOf(grid, day, slot);
    if ((counts[cell] as number) >= allowed || repeated.get(cell) === row.startMs) {
      throw new FormatAError(
        row.line,
        'interval_start',
        `a second row for answer group "${answerGroup}" at ${row.intervalStart}`,
      );
    }
    if (allowed > 1) repeated.set(cell, row.startMs);
    sums[cell] = (sums[cell] as number) + row.offered;
    counts[cell] = (counts[cell] as number) + 1;
    observed[day] = 1;
    if (day < first) first = day;
    if (day > last) last = day;
    if (row.ahtSeconds !== undefined) {
      hasAht = true;
      // Weighted by answered calls: the AHT of a quiet interval says little.
      const weight = row.answered ?? row.offered;
      if (weight > 0) {
        ahtWeightedAll[slot] = (ahtWeightedAll[slot] as number) + row.ahtSeconds * weight;
        ahtWeightAll[slot] = (ahtWeightAll[slot] as number) + weight;
      }
      if (day >= ahtStart && weight > 0) {
        ahtWeighted[slot] = (ahtWeighted[slot] as number) + row.ahtSeconds * weight;
        ahtWeight[slot] = (ahtWeight[slot] as number) + weight;
      }
    }
  }

  // Which weekdays and intervals the group normally records, learned from the data.
  const weekdayDays = new Uint32Array(7);
  const weekdayObserved = new Uint32Array(7);
  const slotPresent = new Uint32Array(7 * S);
  for (let d = first; d <= last; d++) {
    const w = grid.weekdays[d] as number;
    weekdayDays[w] = (weekdayDays[w] as number) + 1;
    if (!observed[d]) continue;
    weekdayObserved[w] = (weekdayObserved[w] as number) + 1;
    for (let s = 0; s < S; s++) {
      if (counts[d * S + s]) slotPresent[w * S + s] = (slotPresent[w * S + s] as number) + 1;
    }
  }
  const openWeekdays = Array.from(
    { length: 7 },
    (_, w) =>
      (weekdayObserved[w] as number) > 0 &&
      (weekdayObserved[w] as number) * 2 >= (weekdayDays[w] as number),
  );

  const effects = dayEffects(grid, openWeekdays);
  const values = new Float64Array(nDays * S).fill(Number.NaN);
  const states: DayState[] = new Array(nDays).fill('missing');
  for (let d = first; d < history; d++) {
    const w = grid.weekdays[d] as number;
    const kind = grid.kinds[d] as DayKind;
    const mult = grid.multiplicity[d];
    if (observed[d]) {
      for (let s = 0; s < S; s++) {
        const k = mult ? (mult[s] as number) : 1;
        if (k === 0) continue;
        const i = d * S + s;
        if (counts[i]) values[i] = (sums[i] as number) / (counts[i] as number);
        else if ((slotPresent[w * S + s] as number) * 2 < (weekdayObserved[w] as number))
          values[i] = 0;
      }
    } else if (CLOSED_KINDS.has(kind) || !openWeekdays[w]) {
      for (let s = 0; s < S; s++) values[d * S + s] = 0;
    } else {
      continue;
    }
    states[d] = effects[d] ? 'special' : 'usable';
  }

  const totals = new Float64Array(nDays).fill(Number.NaN);
  for (let d = 0; d < history; d++) {
    totals[d] = dayTotal(grid, values, d);
    if (Number.isNaN(totals[d]) && states[d] !== 'special') states[d] = 'missing';
    if (excludedDates.has(grid.dates[d] as LocalDate)) states[d] = 'excluded';
  }
  markOutages(grid, totals, states);

  const series: GroupSeries = {
    answerGroup,
    values,
    totals,
    observed,
    states,
    openWeekdays,
    effects,
  };
  if (hasAht) {
    const recent = ahtWeight.some((weight) => weight > 0);
    series.ahtSecondsBySlot = recent
      ? handleTimeBySlot(ahtWeighted, ahtWeight)
      : handleTimeBySlot(ahtWeightedAll, ahtWeightAll);
  }
  return series;
}

/**
 * Marks obvious outages as excluded: a normal open day whose total is under a quarter of the
 * median of the same weekday's usable days within four weeks either side. A telephony outage
 * is not demand; learning from it would drag the level down for weeks.
 */
function markOutages(grid: DayGrid, totals: Float64Array, states: DayState[]): void {
  const history = grid.fromIndex;
  const suspects: number[] = [];
  for (let d = 0; d < history; d++) {
    if (states[d] !== 'usable') continue;
    const neighbours: number[] = [];
    for (let k = -4; k <= 4; k++) {
      const e = d + 7 * k;
      if (k !== 0 && e >= 0 && e < history && states[e] === 'usable')
        neighbours.push(totals[e] as number);
    }
    if (neighbours.length < 3) continue;
    const typical = median(neighbours);
    if (typical > 0 && (totals[d] as number) < 0.25 * typical) suspects.push(d);
  }
  for (const d of suspects) states[d] = 'excluded';
}
