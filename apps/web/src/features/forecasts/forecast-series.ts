import type { ForecastInterval, HistoryInterval } from '../../api/types';
import { dateOfInterval } from '../../lib/dates';

export type Granularity = 'day' | 'interval';

/** A point of a chart series: x is a local date or a local timestamp with offset. */
export interface SeriesPoint {
  x: string;
  value: number;
}

/** Calls per local day, or per interval as they are. */
export function callsSeries(
  intervals: { intervalStart: string; calls: number }[],
  granularity: Granularity,
): SeriesPoint[] {
  if (granularity === 'interval')
    return intervals.map((interval) => ({ x: interval.intervalStart, value: interval.calls }));
  const byDay = new Map<string, number>();
  for (const interval of intervals) {
    const day = dateOfInterval(interval.intervalStart);
    byDay.set(day, (byDay.get(day) ?? 0) + interval.calls);
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([x, value]) => ({ x, value }));
}

export function historyCalls(
  history: HistoryInterval[],
): { intervalStart: string; calls: number }[] {
  return history.map((interval) => ({
    intervalStart: interval.intervalStart,
    calls: interval.offered,
  }));
}

/**
 * The band random variation alone puts around a forecast: offered calls are Poisson, so a
 * point forecasting λ calls sees 95 % of outcomes within about λ ± 1.96·√λ (a day's total is a
 * sum of Poisson counts, so the same holds for it). Real error is larger when the level is off;
 * the backtest's WAPE in the accuracy table says by how much.
 */
export function poissonBand(points: SeriesPoint[], z = 1.96): { lower: number; upper: number }[] {
  return points.map(({ value }) => {
    const halfWidth = z * Math.sqrt(Math.max(value, 0));
    return { lower: Math.max(0, value - halfWidth), upper: value + halfWidth };
  });
}

/** Per x of `base`, the other version's value and the relative difference (other/base - 1). */
export function compareSeries(
  base: SeriesPoint[],
  other: SeriesPoint[],
): { x: string; base: number; other: number | null; change: number | null }[] {
  const byX = new Map(other.map((point) => [point.x, point.value]));
  return base.map((point) => {
    const value = byX.get(point.x);
    return {
      x: point.x,
      base: point.value,
      other: value ?? null,
      change: value === undefined || point.value === 0 ? null : value / point.value - 1,
    };
  });
}

/** An adjustment a planner makes to one group's forecast over local dates, with the reason. */
export interface ForecastAdjustment {
  answerGroupId: string;
  from: string;
  /** Inclusive. */
  to: string;
  /** Multiplier on calls: 1.1 is +10 %. */
  factor: number;
  note: string;
}

/**
 * A new forecast version as format A CSV (offered = forecast calls): every group's intervals of
 * the version as they are, with the adjusted group's calls scaled on the adjusted dates. The API
 * stores versions whole, so an adjustment is a new version and the old one stays to compare.
 */
export function adjustedForecastCsv(
  intervalsByGroup: Map<string, ForecastInterval[]>,
  adjustment: ForecastAdjustment,
): string {
  const lines = ['interval_start,answer_group,offered,aht_seconds'];
  for (const [answerGroupId, intervals] of intervalsByGroup) {
    for (const interval of intervals) {
      const date = dateOfInterval(interval.intervalStart);
      const adjusted =
        answerGroupId === adjustment.answerGroupId &&
        date >= adjustment.from &&
        date <= adjustment.to;
      const calls = adjusted ? interval.calls * adjustment.factor : interval.calls;
      lines.push(
        `${interval.intervalStart},${answerGroupId},${round(calls)},${interval.ahtSeconds ?? ''}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Forecasts are expected values, so decimals are kept; four places are plenty. */
function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
