import type { MethodContext } from './method';
import type { DayGrid } from './series';

/**
 * The recent intraday profile of each weekday: the share of the day's calls in each slot,
 *   p(w, s) = sum_i lambda^i y(d_i, s) / T(d_i)  /  sum_i lambda^i,
 * over the latest `days` usable days d_i with weekday w (newest i = 0), lambda = 0.9.
 * Shares are averaged rather than summed calls so a busy day does not dominate the shape;
 * the mild decay follows a slowly moving opening time. Nothing about opening hours is
 * assumed: a slot that never has calls gets share 0. Returns 7 x slots (NaN for a weekday
 * without usable days). Cost: O(7 x days x slots).
 */
export function intradayProfiles(context: MethodContext, days = 12): Float64Array {
  const { grid, series, origin } = context;
  const S = grid.slotsPerDay;
  const profiles = new Float64Array(7 * S).fill(Number.NaN);
  for (let w = 0; w < 7; w++) {
    const sum = new Float64Array(S);
    let weightSum = 0;
    let weight = 1;
    let used = 0;
    for (let d = origin - 1; d >= 0 && used < days; d--) {
      if (grid.weekdays[d] !== w || series.states[d] !== 'usable') continue;
      const total = series.totals[d] as number;
      if (!(total > 0)) continue;
      for (let s = 0; s < S; s++) {
        const value = series.values[d * S + s] as number;
        if (!Number.isNaN(value)) sum[s] = (sum[s] as number) + (weight * value) / total;
      }
      weightSum += weight;
      weight *= 0.9;
      used++;
    }
    if (weightSum > 0)
      for (let s = 0; s < S; s++) profiles[w * S + s] = (sum[s] as number) / weightSum;
  }
  return profiles;
}

/**
 * Spreads a daily total over the real intervals of `day` in proportion to a profile, so the
 * intervals sum to the total also on 23- and 25-hour days. Writes into `out` at row `row`.
 */
export function spreadOverDay(
  grid: DayGrid,
  day: number,
  total: number,
  profile: Float64Array,
  profileOffset: number,
  out: Float64Array,
  row: number,
): void {
  const S = grid.slotsPerDay;
  const mult = grid.multiplicity[day];
  let mass = 0;
  for (let s = 0; s < S; s++) {
    const share = profile[profileOffset + s] as number;
    if (!Number.isNaN(share)) mass += share * (mult ? (mult[s] as number) : 1);
  }
  for (let s = 0; s < S; s++) {
    const share = profile[profileOffset + s] as number;
    out[row * S + s] = mass > 0 && !Number.isNaN(share) ? (total * share) / mass : 0;
  }
}
