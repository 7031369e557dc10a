import { addLocalDays, intervalsOfLocalDay, startOfLocalDay } from '@bemanna/calendar';
import { zoneOffsetMs } from '../history/zoned-time';

export interface ObservedInterval {
  answerGroupId: string;
  startMs: number;
  offered: number;
  ahtSeconds: number | null;
}

export interface ForecastPoint {
  answerGroupId: string;
  startMs: number;
  calls: number;
  ahtSeconds: number | null;
}

/** Weekday (0 = Monday) and wall-clock minute of an instant: the seasonal slot. */
function slotOf(instantMs: number, timeZone: string): string {
  const local = new Date(instantMs + zoneOffsetMs(instantMs, timeZone));
  const weekday = (local.getUTCDay() + 6) % 7;
  return `${weekday}|${local.getUTCHours() * 60 + local.getUTCMinutes()}`;
}

/**
 * The seasonal-mean forecast: each interval gets the mean offered calls of the same weekday
 * and local time over the history given (the weeks before the forecast), and the
 * call-weighted mean handle time. A slot with no history forecasts 0 calls: the group was
 * closed then. A stand-in until @bemanna/forecast's methods are wired in. Cost: O(history +
 * forecast intervals).
 */
export function seasonalMean(
  history: ObservedInterval[],
  answerGroupIds: string[],
  from: string,
  days: number,
  intervalMinutes: number,
  timeZone: string,
): ForecastPoint[] {
  const slots = new Map<
    string,
    { offered: number; count: number; ahtWeighted: number; ahtWeight: number }
  >();
  for (const row of history) {
    const key = `${row.answerGroupId}|${slotOf(row.startMs, timeZone)}`;
    let slot = slots.get(key);
    if (!slot) {
      slot = { offered: 0, count: 0, ahtWeighted: 0, ahtWeight: 0 };
      slots.set(key, slot);
    }
    slot.offered += row.offered;
    slot.count += 1;
    if (row.ahtSeconds !== null && row.offered > 0) {
      slot.ahtWeighted += row.ahtSeconds * row.offered;
      slot.ahtWeight += row.offered;
    }
  }
  const points: ForecastPoint[] = [];
  for (let day = 0; day < days; day++) {
    const starts = intervalsOfLocalDay(addLocalDays(from, day), intervalMinutes, timeZone);
    for (const answerGroupId of answerGroupIds) {
      for (const startMs of starts) {
        const slot = slots.get(`${answerGroupId}|${slotOf(startMs, timeZone)}`);
        points.push({
          answerGroupId,
          startMs,
          calls: slot ? slot.offered / slot.count : 0,
          ahtSeconds: slot && slot.ahtWeight > 0 ? slot.ahtWeighted / slot.ahtWeight : null,
        });
      }
    }
  }
  return points;
}

/** Weighted absolute percentage error of a forecast against what happened; null without calls. */
export function wape(forecast: ForecastPoint[], actual: ObservedInterval[]): number | null {
  const actualByKey = new Map(
    actual.map((row) => [`${row.answerGroupId}|${row.startMs}`, row.offered]),
  );
  let error = 0;
  let total = 0;
  for (const point of forecast) {
    const observed = actualByKey.get(`${point.answerGroupId}|${point.startMs}`);
    if (observed === undefined) continue;
    error += Math.abs(point.calls - observed);
    total += observed;
  }
  return total > 0 ? error / total : null;
}

/** Start and end instants of the local dates [from, from + days). */
export function localRange(from: string, days: number, timeZone: string): [number, number] {
  return [startOfLocalDay(from, timeZone), startOfLocalDay(addLocalDays(from, days), timeZone)];
}
