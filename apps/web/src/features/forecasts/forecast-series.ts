import type { HistoryInterval } from '../../api/types';
import { dateOfInterval } from '../../lib/dates';

export type Granularity = 'day' | 'interval';

/** A point of a chart series: x is a local date or a local timestamp with offset. */
export interface SeriesPoint {
  x: string;
  value: number;
}

/** Offered calls of the history per local day, or per interval as they are. */
export function historySeries(history: HistoryInterval[], granularity: Granularity): SeriesPoint[] {
  if (granularity === 'interval')
    return history.map((interval) => ({ x: interval.intervalStart, value: interval.offered }));
  const byDay = new Map<string, number>();
  for (const interval of history) {
    const day = dateOfInterval(interval.intervalStart);
    byDay.set(day, (byDay.get(day) ?? 0) + interval.offered);
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([x, value]) => ({ x, value }));
}

/** A forecast point with the prediction interval the API gives, if any. */
export interface ForecastPoint {
  x: string;
  calls: number;
  low: number | null;
  high: number | null;
}

export interface BandedPoint {
  x: string;
  calls: number;
  lower: number;
  upper: number;
}

/**
 * The band around each forecast point: the method's own prediction interval where the API has
 * one; otherwise (versions made before forecast runs, imported ones) the band random variation
 * alone gives. Offered calls are Poisson, so a forecast of λ calls sees 95 % of outcomes within
 * about λ ± 1.96·√λ; a day's total is a sum of Poisson counts, so the same holds for it.
 */
export function withBand(points: ForecastPoint[], z = 1.96): BandedPoint[] {
  return points.map(({ x, calls, low, high }) => {
    if (low !== null && high !== null) return { x, calls, lower: low, upper: high };
    const halfWidth = z * Math.sqrt(Math.max(calls, 0));
    return { x, calls, lower: Math.max(0, calls - halfWidth), upper: calls + halfWidth };
  });
}

/** Whether every point has the method's own interval (else the chart says the band is Poisson). */
export function hasModelBand(points: ForecastPoint[]): boolean {
  return points.length > 0 && points.every((p) => p.low !== null && p.high !== null);
}
