import type { MethodContext } from './method';
import { sameWeekdayMean } from './same-weekday-mean';

/**
 * Seasonal naive, "last week repeated": every interval of a future day gets the value of the
 * same interval on the latest history day with the same weekday,
 *   y(t, s) = y(t - 7k, s),  k = the smallest whole number of weeks back into the history.
 * Days without data, excluded outages and closed holidays are skipped (one more week back),
 * so a holiday Monday does not forecast every later Monday as closed. No calendar effects:
 * this is the baseline every other method must beat (Hyndman & Athanasopoulos, Forecasting:
 * Principles and Practice, 3rd ed., section 5.2). Cost: O(horizon x slots).
 */
export function seasonalNaive(context: MethodContext): Float64Array {
  return sameWeekdayMean(context, 1);
}
