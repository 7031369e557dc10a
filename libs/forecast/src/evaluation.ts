import { type LocalDate, localDateOf } from '@bemanna/calendar';
import { MIN_CALLS_FOR_MAPE } from './backtest';
import type { ForecastResult } from './forecast';
import type { HistoryRow } from './format-a';
import { type Accuracy, AccuracyAccumulator } from './metrics';

export interface ForecastScore {
  interval: Accuracy;
  daily: Accuracy;
  /** Share of actual interval values inside their prediction interval. */
  intervalCoverage: number;
  /** Share of actual daily totals inside their prediction interval. */
  dailyCoverage: number;
}

/**
 * Scores a forecast against what happened, as the backtest does: every interval with an
 * actual row is compared with the forecast for the same answer group and instant; every local
 * day with actual rows compares its actual total with the forecast's whole-day total. Rows of
 * `actual` outside the forecast are ignored. Also reports how often the actual fell inside the
 * prediction interval (about the forecast's level, e.g. 0.8, when the intervals are honest).
 * Cost: O(rows) plus one time-zone lookup per actual row.
 */
export function scoreForecast(
  result: Pick<ForecastResult, 'rows' | 'daily'>,
  actual: readonly HistoryRow[],
  timeZone: string,
): ForecastScore {
  const key = (group: string, at: number | string) => `${group}\u0000${at}`;
  const byInterval = new Map(result.rows.map((row) => [key(row.answerGroup, row.startMs), row]));
  const byDay = new Map(result.daily.map((day) => [key(day.answerGroup, day.date), day]));
  const interval = new AccuracyAccumulator(MIN_CALLS_FOR_MAPE);
  let inside = 0;
  const actualDaily = new Map<string, number>();
  for (const row of actual) {
    const f = byInterval.get(key(row.answerGroup, row.startMs));
    if (!f) continue;
    interval.add(row.offered, f.offered);
    if (row.offered >= f.offeredLow && row.offered <= f.offeredHigh) inside++;
    const date: LocalDate = localDateOf(row.startMs, timeZone);
    const day = key(row.answerGroup, date);
    actualDaily.set(day, (actualDaily.get(day) ?? 0) + row.offered);
  }
  const daily = new AccuracyAccumulator(MIN_CALLS_FOR_MAPE);
  let daysInside = 0;
  for (const [day, total] of actualDaily) {
    const f = byDay.get(day);
    daily.add(total, f?.offered ?? 0);
    if (f && total >= f.offeredLow && total <= f.offeredHigh) daysInside++;
  }
  const intervalResult = interval.result();
  const dailyResult = daily.result();
  return {
    interval: intervalResult,
    daily: dailyResult,
    intervalCoverage: intervalResult.count > 0 ? inside / intervalResult.count : Number.NaN,
    dailyCoverage: dailyResult.count > 0 ? daysInside / dailyResult.count : Number.NaN,
  };
}
