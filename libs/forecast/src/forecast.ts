import {
  addLocalDays,
  formatLocalIso,
  intervalsOfLocalDay,
  type LocalDate,
  localMinuteOfDay,
  specialDaysOfYear,
  startOfLocalDay,
} from '@bemanna/calendar';
import {
  backtest,
  backtestOrigins,
  compareForSelection,
  dataEnd,
  type MethodAccuracy,
} from './backtest';
import type { HistoryRow } from './format-a';
import { METHOD_NAMES, type MethodName, runMethod } from './methods';
import { predictionInterval } from './prediction-interval';
import { buildSeries, type DayGrid, dayTotal, type GroupSeries } from './series';

/** Options the caller got wrong (not the history file): a date, a count, a name. */
export class ForecastOptionError extends Error {
  override readonly name = 'ForecastOptionError';
  constructor(
    readonly option: string,
    problem: string,
  ) {
    super(`${option}: ${problem}`);
  }
}

export interface ForecastOptions {
  /** Format-A rows (see parseFormatA); rows on or after `from` are ignored. */
  history: readonly HistoryRow[];
  /** First local day to forecast, YYYY-MM-DD. */
  from: LocalDate;
  /** Whole local days to forecast. */
  days: number;
  /** A method name, or `auto` (default): the backtest winner per answer group. */
  method?: MethodName | 'auto';
  /** IANA zone that defines local days, e.g. `Europe/Stockholm`. */
  timeZone: string;
  /** ISO 3166 country of the public-holiday calendar, or `none`; default SE. */
  country?: string;
  /** Days to leave out of fitting and scoring (outages the planner knows of). */
  excludeDates?: readonly LocalDate[];
  /** Calendar holidays on which the centre is open as usual (e.g. a bank on Columbus Day). */
  openDates?: readonly LocalDate[];
  /** Interval length in minutes; detected from the history when absent. */
  intervalMinutes?: number;
  /** Rolling-origin backtest: origins one week apart (default 4). */
  backtestOrigins?: number;
  /** Central coverage of the prediction intervals (default 0.8). */
  predictionLevel?: number;
}

export interface ForecastRow {
  intervalStart: string;
  startMs: number;
  answerGroup: string;
  /** Calls offered, fractional. */
  offered: number;
  offeredLow: number;
  offeredHigh: number;
  ahtSeconds?: number;
}

export interface DailyForecast {
  date: LocalDate;
  answerGroup: string;
  offered: number;
  offeredLow: number;
  offeredHigh: number;
}

export interface GroupForecastReport {
  /** The method used for this group's forecast. */
  method: MethodName;
  /** Why this method: `backtest`, `requested`, or `fallback` (too little history). */
  chosenBy: 'backtest' | 'requested' | 'fallback';
  /** Backtest accuracy of every method tried, best first when chosen by backtest. */
  accuracy: MethodAccuracy[];
  backtestOrigins: LocalDate[];
  backtestHorizonDays: number;
  predictionLevel: number;
  /** Weekdays with calls in the history, 0 = Monday. */
  openWeekdays: number[];
  /** Days left out of fitting: given by the caller or detected as outages. */
  excludedDates: LocalDate[];
}

export interface ForecastResult {
  intervalMinutes: number;
  rows: ForecastRow[];
  daily: DailyForecast[];
  perGroup: Record<string, GroupForecastReport>;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const UNTESTED_DISPERSION = 0.01;

/**
 * Forecasts offered calls per answer group and interval for `days` local days from `from`,
 * fitting on the history before `from` (see docs/forecast.md). Pure: no clock, no files.
 * Throws ForecastOptionError for bad options and FormatAError (with the line) for history
 * rows that do not fit the file's interval grid. Cost: dominated by the backtest, about
 * methods x origins x O(days x slots) per group.
 */
export function forecast(options: ForecastOptions): ForecastResult {
  const method = options.method ?? 'auto';
  const country = options.country ?? 'SE';
  const predictionLevel = options.predictionLevel ?? 0.8;
  validate(options, method, country, predictionLevel);
  const { grid, groups } = buildSeries(options.history, {
    from: options.from,
    days: options.days,
    timeZone: options.timeZone,
    country,
    intervalMinutes: options.intervalMinutes,
    excludeDates: options.excludeDates,
    openDates: options.openDates,
  });
  if (groups.length === 0) {
    throw new ForecastOptionError('history', `has no rows before ${options.from} to learn from`);
  }

  const outputDays = outputIntervals(grid);
  const rows: ForecastRow[] = [];
  const daily: DailyForecast[] = [];
  const perGroup: Record<string, GroupForecastReport> = {};
  for (const series of groups) {
    const report = chooseMethod(
      grid,
      series,
      method,
      options.days,
      options.backtestOrigins ?? 4,
      predictionLevel,
    );
    const values = runMethod(
      { grid, series, origin: grid.fromIndex, horizonDays: options.days },
      report.method,
    );
    const chosen = report.accuracy.find((a) => a.method === report.method);
    // Without a backtest there is nothing to measure the error by: assume a 10% relative
    // standard error on top of Poisson noise rather than pretend the forecast is exact.
    const intervalK = chosen?.intervalDispersion ?? UNTESTED_DISPERSION;
    const dailyK = chosen?.dailyDispersion ?? UNTESTED_DISPERSION;
    const S = grid.slotsPerDay;
    for (let h = 0; h < options.days; h++) {
      const day = grid.fromIndex + h;
      for (const { startMs, intervalStart, slot } of outputDays[h] as OutputInterval[]) {
        const offered = values[h * S + slot] as number;
        const { low, high } = predictionInterval(offered, intervalK, predictionLevel);
        const row: ForecastRow = {
          intervalStart,
          startMs,
          answerGroup: series.answerGroup,
          offered,
          offeredLow: low,
          offeredHigh: high,
        };
        const aht = series.ahtSecondsBySlot?.[slot];
        if (aht !== undefined && !Number.isNaN(aht)) row.ahtSeconds = aht;
        rows.push(row);
      }
      const total = dayTotal(grid, values, day, h);
      const { low, high } = predictionInterval(total, dailyK, predictionLevel);
      daily.push({
        date: grid.dates[day] as LocalDate,
        answerGroup: series.answerGroup,
        offered: total,
        offeredLow: low,
        offeredHigh: high,
      });
    }
    perGroup[series.answerGroup] = report;
  }
  return { intervalMinutes: grid.intervalMinutes, rows, daily, perGroup };
}

function validate(
  options: ForecastOptions,
  method: string,
  country: string,
  predictionLevel: number,
): void {
  if (!DATE.test(options.from) || Number.isNaN(Date.parse(`${options.from}T00:00:00Z`))) {
    throw new ForecastOptionError('from', `"${options.from}" is not a date YYYY-MM-DD`);
  }
  if (!Number.isInteger(options.days) || options.days < 1 || options.days > 731) {
    throw new ForecastOptionError('days', `"${options.days}" is not a whole number from 1 to 731`);
  }
  if (method !== 'auto' && !(METHOD_NAMES as readonly string[]).includes(method)) {
    throw new ForecastOptionError(
      'method',
      `"${method}" is not one of auto, ${METHOD_NAMES.join(', ')}`,
    );
  }
  try {
    new Intl.DateTimeFormat('en', { timeZone: options.timeZone });
  } catch {
    throw new ForecastOptionError('timezone', `"${options.timeZone}" is not an IANA time zone`);
  }
  try {
    specialDaysOfYear(Number(options.from.slice(0, 4)), country);
  } catch {
    throw new ForecastOptionError(
      'country',
      `"${country}" is not an ISO 3166 country code or "none"`,
    );
  }
  if (!(predictionLevel > 0 && predictionLevel < 1)) {
    throw new ForecastOptionError('predictionLevel', `${predictionLevel} is not between 0 and 1`);
  }
  for (const [option, dates] of [
    ['excludeDates', options.excludeDates],
    ['openDates', options.openDates],
  ] as const) {
    for (const date of dates ?? []) {
      if (!DATE.test(date))
        throw new ForecastOptionError(option, `"${date}" is not a date YYYY-MM-DD`);
    }
  }
}

function chooseMethod(
  grid: DayGrid,
  series: GroupSeries,
  method: MethodName | 'auto',
  days: number,
  originCount: number,
  predictionLevel: number,
): GroupForecastReport {
  let horizon = days;
  let origins = backtestOrigins(series, grid.fromIndex, horizon, originCount);
  if (origins.length === 0) {
    // Too little history to test the full horizon: test the longest whole weeks we can.
    const first = series.states.indexOf('usable');
    const end = dataEnd(series, grid.fromIndex);
    horizon = Math.min(days, Math.floor((end - first - 28) / 7) * 7);
    origins =
      first >= 0 && horizon >= 7
        ? backtestOrigins(series, grid.fromIndex, horizon, originCount)
        : [];
  }
  const candidates: readonly MethodName[] = method === 'auto' ? METHOD_NAMES : [method];
  const accuracy = origins.length > 0 ? backtest(grid, series, candidates, origins, horizon) : [];
  let chosen: MethodName;
  let chosenBy: GroupForecastReport['chosenBy'];
  if (method !== 'auto') {
    chosen = method;
    chosenBy = 'requested';
  } else if (accuracy.every((a) => Number.isNaN(a.interval.wape))) {
    // Without a backtest, the mean of recent same weekdays is the safest bet.
    chosen = 'same-weekday-mean';
    chosenBy = 'fallback';
  } else {
    accuracy.sort(compareForSelection);
    chosen = (accuracy[0] as MethodAccuracy).method;
    chosenBy = 'backtest';
  }
  return {
    method: chosen,
    chosenBy,
    accuracy,
    backtestOrigins: origins.map((origin) => grid.dates[origin] as LocalDate),
    backtestHorizonDays: horizon,
    predictionLevel,
    openWeekdays: series.openWeekdays.flatMap((open, weekday) => (open ? [weekday] : [])),
    excludedDates: grid.dates.filter((_, day) => series.states[day] === 'excluded'),
  };
}

interface OutputInterval {
  startMs: number;
  intervalStart: string;
  slot: number;
}

/** The real intervals of each forecast day with their wall-clock slot, shared by all groups. */
function outputIntervals(grid: DayGrid): OutputInterval[][] {
  const days: OutputInterval[][] = [];
  for (let day = grid.fromIndex; day < grid.dates.length; day++) {
    days.push(intervalsOfDay(grid.dates[day] as LocalDate, grid.intervalMinutes, grid.timeZone));
  }
  return days;
}

/**
 * Interval starts of one local day as instants and ISO text. On a day of constant offset the
 * text is built by arithmetic (the time-zone database costs tens of microseconds a call, and a
 * month of 5-minute intervals has 8,000); days when clocks change take the slow exact path.
 */
function intervalsOfDay(
  date: LocalDate,
  intervalMinutes: number,
  timeZone: string,
): OutputInterval[] {
  const start = startOfLocalDay(date, timeZone);
  const next = startOfLocalDay(addLocalDays(date, 1), timeZone);
  if (next - start === 86_400_000) {
    const offsetMinutes = Math.round((Date.parse(`${date}T00:00:00Z`) - start) / 60_000);
    const suffix = offsetText(offsetMinutes);
    const out: OutputInterval[] = [];
    for (let minute = 0; minute < 1440; minute += intervalMinutes) {
      out.push({
        startMs: start + minute * 60_000,
        intervalStart: `${date}T${two(Math.floor(minute / 60))}:${two(minute % 60)}:00${suffix}`,
        slot: minute / intervalMinutes,
      });
    }
    return out;
  }
  const starts =
    intervalMinutes === 1440 ? [start] : intervalsOfLocalDay(date, intervalMinutes, timeZone);
  return starts.map((startMs) => ({
    startMs,
    intervalStart: formatLocalIso(startMs, timeZone),
    slot:
      intervalMinutes === 1440
        ? 0
        : Math.floor(localMinuteOfDay(startMs, timeZone) / intervalMinutes),
  }));
}

/** `Z`, `+02:00`, `-05:00`, `+05:30`: the offset as formatLocalIso writes it. */
function offsetText(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'Z';
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${sign}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}

function two(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}
