import type { MethodContext } from './method';
import { calendarFactors } from './special-days';
import { yearlyFactors } from './yearly-seasonality';

const ALPHAS = [0.1, 0.2, 0.3, 0.45];

/**
 * Models the intraday level directly: each (weekday, slot) pair is its own series, one value
 * a week, smoothed exponentially (Holt-Winters with only the weekly seasonal state, whose
 * period is the whole week of intervals; Taylor (2003), "Short-term electricity demand
 * forecasting using double seasonal exponential smoothing", J. Oper. Res. Soc. 54:799-805,
 * without the daily cycle because contact-centre shapes differ by weekday):
 *   L(w, s) <- L(w, s) + alpha (y(d, s) - L(w, s))   on each usable day d with weekday w
 *   y(t, s) = L(w(t), s) x calendar(t) x yearly(t)
 * One alpha for the group, chosen on the one-week-ahead squared error of all slots. Unlike
 * {@link holtWintersDaily} the shape and the level move together, which wins when the shape of
 * the day drifts (opening hours, a campaign at lunch). Cost: O(4 x days x slots).
 */
export function slotSmoothing(context: MethodContext): Float64Array {
  const { grid, series, origin, horizonDays } = context;
  const S = grid.slotsPerDay;
  let best: Float64Array | null = null;
  let bestError = Number.POSITIVE_INFINITY;
  for (const alpha of ALPHAS) {
    const level = new Float64Array(7 * S).fill(Number.NaN);
    let error = 0;
    for (let d = 0; d < origin; d++) {
      if (series.states[d] !== 'usable') continue;
      const offset = (grid.weekdays[d] as number) * S;
      for (let s = 0; s < S; s++) {
        const value = series.values[d * S + s] as number;
        if (Number.isNaN(value)) continue;
        const current = level[offset + s] as number;
        if (Number.isNaN(current)) {
          level[offset + s] = value;
        } else {
          error += (value - current) ** 2;
          level[offset + s] = current + alpha * (value - current);
        }
      }
    }
    if (error < bestError || !best) {
      bestError = error;
      best = level;
    }
  }
  const calendar = calendarFactors(context);
  const yearly = yearlyFactors(context);
  const out = new Float64Array(horizonDays * S);
  for (let h = 0; h < horizonDays; h++) {
    const weekday = grid.weekdays[origin + h] as number;
    if (!series.openWeekdays[weekday]) continue;
    const factor = (calendar[h] as number) * (yearly[h] as number);
    for (let s = 0; s < S; s++) {
      const value = (best as Float64Array)[weekday * S + s] as number;
      out[h * S + s] = Number.isNaN(value) ? 0 : value * factor;
    }
  }
  return out;
}
