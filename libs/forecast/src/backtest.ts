import { type MethodName, runMethods } from './methods';
import { type Accuracy, AccuracyAccumulator } from './metrics';
import { DispersionEstimator } from './prediction-interval';
import { type DayGrid, dayTotal, type GroupSeries } from './series';

/** Intervals with fewer calls than this are left out of MAPE (their MAPE measures noise). */
export const MIN_CALLS_FOR_MAPE = 10;

export interface MethodAccuracy {
  method: MethodName;
  interval: Accuracy;
  daily: Accuracy;
  /** Extra-Poisson variance k of interval and daily values (see prediction-interval.ts). */
  intervalDispersion: number;
  dailyDispersion: number;
}

/**
 * Rolling-origin backtest (Tashman 2000, "Out-of-sample tests of forecasting accuracy",
 * IJF 16:437-450): each method is refitted at every origin on the days before it only and
 * forecasts `horizonDays` days, which are scored against what happened. Only days with rows
 * in the file are scored, and not outages or intervals without data. Daily values are scored
 * on days whose every interval has data. Cost: methods x origins x one fit each.
 */
export function backtest(
  grid: DayGrid,
  series: GroupSeries,
  methods: readonly MethodName[],
  origins: readonly number[],
  horizonDays: number,
): MethodAccuracy[] {
  const S = grid.slotsPerDay;
  const forecasts = origins.map((origin) =>
    runMethods({ grid, series, origin, horizonDays }, methods),
  );
  return methods.map((method) => {
    const interval = new AccuracyAccumulator(MIN_CALLS_FOR_MAPE);
    const daily = new AccuracyAccumulator(MIN_CALLS_FOR_MAPE);
    const intervalSpread = new DispersionEstimator();
    const dailySpread = new DispersionEstimator();
    origins.forEach((origin, k) => {
      const forecast = forecasts[k]?.get(method) as Float64Array;
      for (let h = 0; h < horizonDays; h++) {
        const day = origin + h;
        if (!series.observed[day] || series.states[day] === 'excluded') continue;
        for (let s = 0; s < S; s++) {
          const actual = series.values[day * S + s] as number;
          if (Number.isNaN(actual)) continue;
          const f = forecast[h * S + s] as number;
          interval.add(actual, f);
          intervalSpread.add(actual, f);
        }
        const actualTotal = series.totals[day] as number;
        if (Number.isNaN(actualTotal)) continue;
        const f = dayTotal(grid, forecast, day, h);
        daily.add(actualTotal, f);
        dailySpread.add(actualTotal, f);
      }
    });
    return {
      method,
      interval: interval.result(),
      daily: daily.result(),
      intervalDispersion: intervalSpread.dispersion(),
      dailyDispersion: dailySpread.dispersion(),
    };
  });
}

/**
 * Backtest origins for a forecast from day `from`: the latest origin whose horizon ends where
 * the group's data end (at `from`, or earlier when the history stops before it), then one week
 * earlier each, as long as four weeks of the group's data lie before it. Weekly steps keep
 * every weekday equally represented in the windows.
 */
export function backtestOrigins(
  series: GroupSeries,
  from: number,
  horizonDays: number,
  count: number,
  minTrainingDays = 28,
): number[] {
  const first = series.states.indexOf('usable');
  if (first < 0) return [];
  const end = dataEnd(series, from);
  const origins: number[] = [];
  for (let k = 0; k < count; k++) {
    const origin = end - horizonDays - 7 * k;
    if (origin - first < minTrainingDays) break;
    origins.push(origin);
  }
  return origins;
}

/**
 * The day after the group's data end: after the last day with rows and the closed days that
 * follow it (a weekend after the last Friday), at most `from`.
 */
export function dataEnd(series: GroupSeries, from: number): number {
  let end = series.observed.lastIndexOf(1) + 1;
  while (end < from && series.totals[end] === 0 && series.states[end] !== 'missing') end++;
  return Math.min(end, from);
}

/**
 * Orders methods for the automatic choice: by interval WAPE, since staff are planned per
 * interval and an interval's error already holds its day's; daily WAPE breaks ties.
 */
export function compareForSelection(a: MethodAccuracy, b: MethodAccuracy): number {
  const key = (x: MethodAccuracy) => [orInfinity(x.interval.wape), orInfinity(x.daily.wape)];
  const [ai, ad] = key(a) as [number, number];
  const [bi, bd] = key(b) as [number, number];
  return ai !== bi ? ai - bi : ad - bd;
}

function orInfinity(value: number): number {
  return Number.isNaN(value) ? Number.POSITIVE_INFINITY : value;
}
