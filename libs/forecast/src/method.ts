import type { DayGrid, GroupSeries } from './series';

/**
 * What every forecasting method sees: one group's series and a forecast origin. A method may
 * read `series` only on days before `origin` (the backtest relies on it) and returns
 * `horizonDays x slotsPerDay` calls per real interval, from the origin on.
 */
export interface MethodContext {
  grid: DayGrid;
  series: GroupSeries;
  /** Day index of the first forecast day. */
  origin: number;
  horizonDays: number;
}

export type Method = (context: MethodContext) => Float64Array;

/** A day a baseline may copy: it has data and is not a closed holiday or an excluded outage. */
export function isBaselineSource(series: GroupSeries, grid: DayGrid, day: number): boolean {
  const state = series.states[day];
  if (state === 'usable') return true;
  if (state !== 'special') return false;
  const kind = grid.kinds[day];
  return kind !== 'holiday' && kind !== 'eve' && !Number.isNaN(series.totals[day] as number);
}

/** The most recent earlier days with the same weekday as `day` that satisfy `accept`. */
export function recentSameWeekdays(
  day: number,
  before: number,
  count: number,
  accept: (candidate: number) => boolean,
): number[] {
  const found: number[] = [];
  let candidate = day - 7 * Math.ceil((day - before + 1) / 7);
  for (; candidate >= 0 && found.length < count; candidate -= 7) {
    if (candidate < before && accept(candidate)) found.push(candidate);
  }
  return found;
}
