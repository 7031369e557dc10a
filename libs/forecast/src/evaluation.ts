import { type LocalDate, localDateOf } from '@bemanna/calendar';
import { MIN_CALLS_FOR_MAPE } from './backtest';
import type { ForecastRow } from './forecast';
import type { HistoryRow } from './format-a';
import { type Accuracy, AccuracyAccumulator } from './metrics';

export interface ForecastScore {
  interval: Accuracy;
  daily: Accuracy;
}

/**
 * Scores a forecast against what happened, as the backtest does: every interval with an
 * actual row is compared with the forecast for the same answer group and instant; every local
 * day with actual rows compares its actual total with the forecast's whole-day total. Rows of
 * `actual` outside the forecast are ignored. Cost: O(rows) plus one time-zone lookup per row.
 */
export function scoreForecast(
  forecastRows: readonly ForecastRow[],
  actual: readonly HistoryRow[],
  timeZone: string,
): ForecastScore {
  const byKey = new Map<string, number>();
  const forecastDaily = new Map<string, number>();
  for (const row of forecastRows) {
    byKey.set(`${row.answerGroup}\u0000${row.startMs}`, row.offered);
    const day = `${row.answerGroup}\u0000${localDateOf(row.startMs, timeZone)}`;
    forecastDaily.set(day, (forecastDaily.get(day) ?? 0) + row.offered);
  }
  const interval = new AccuracyAccumulator(MIN_CALLS_FOR_MAPE);
  const actualDaily = new Map<string, number>();
  for (const row of actual) {
    const f = byKey.get(`${row.answerGroup}\u0000${row.startMs}`);
    if (f === undefined) continue;
    interval.add(row.offered, f);
    const date: LocalDate = localDateOf(row.startMs, timeZone);
    const day = `${row.answerGroup}\u0000${date}`;
    actualDaily.set(day, (actualDaily.get(day) ?? 0) + row.offered);
  }
  const daily = new AccuracyAccumulator(MIN_CALLS_FOR_MAPE);
  for (const [day, total] of actualDaily) daily.add(total, forecastDaily.get(day) ?? 0);
  return { interval: interval.result(), daily: daily.result() };
}
