import { isBaselineSource, type MethodContext, recentSameWeekdays } from './method';

/**
 * Mean of the last `weeks` same weekdays (four by default), interval by interval:
 *   y(t, s) = (1/n) sum_i y(d_i, s)  over the n <= weeks latest usable days d_i with t's weekday.
 * Averaging four weeks halves the noise of a single week at the price of lagging a level
 * shift by two weeks. Days without data, excluded
 * outages and closed holidays are skipped, as in seasonal naive. Cost: O(horizon x slots x weeks).
 */
export function sameWeekdayMean(context: MethodContext, weeks = 4): Float64Array {
  const { grid, series, origin, horizonDays } = context;
  const S = grid.slotsPerDay;
  const out = new Float64Array(horizonDays * S);
  for (let h = 0; h < horizonDays; h++) {
    const sources = recentSameWeekdays(origin + h, origin, weeks, (d) =>
      isBaselineSource(series, grid, d),
    );
    if (sources.length === 0) continue;
    for (let s = 0; s < S; s++) {
      let sum = 0;
      let n = 0;
      for (const d of sources) {
        const value = series.values[d * S + s] as number;
        // NaN here is the skipped hour of a spring-forward day, or one lost interval.
        if (!Number.isNaN(value)) {
          sum += value;
          n++;
        }
      }
      out[h * S + s] = n > 0 ? sum / n : 0;
    }
  }
  return out;
}
