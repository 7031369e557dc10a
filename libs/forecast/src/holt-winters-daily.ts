import { fitHoltWinters } from './holt-winters';
import { intradayProfiles, spreadOverDay } from './intraday-profile';
import type { MethodContext } from './method';
import { calendarFactors } from './special-days';
import { yearlyFactors } from './yearly-seasonality';

/**
 * Daily totals by Holt-Winters with weekly seasonality ({@link fitHoltWinters}), times the
 * special-day and yearly factors, spread over the day by the recent intraday profile of the
 * weekday ({@link intradayProfiles}):
 *   y(t, s) = HW(t) x calendar(t) x yearly(t) x p(w(t), s) / sum_s p(w(t), s)
 * Special days, outages and days without data are NaN to the smoother, so a holiday neither
 * drags the level nor the weekday season; their effect comes back through the calendar factor.
 * Splitting "how many today" from "when in the day" lets the day's level use every day while
 * the shape averages a dozen same weekdays, which is what makes 5-minute values stable.
 * Cost: O(75 x days + 7 x 12 x slots + horizon x slots).
 */
export function holtWintersDaily(context: MethodContext): Float64Array {
  const { grid, series, origin, horizonDays } = context;
  const S = grid.slotsPerDay;
  const y = new Float64Array(origin);
  for (let d = 0; d < origin; d++) {
    y[d] = series.states[d] === 'usable' ? (series.totals[d] as number) : Number.NaN;
  }
  const out = new Float64Array(horizonDays * S);
  const fit = fitHoltWinters(y, 7, horizonDays);
  if (!fit) return out;
  const calendar = calendarFactors(context);
  const yearly = yearlyFactors(context);
  const profiles = intradayProfiles(context);
  for (let h = 0; h < horizonDays; h++) {
    const day = origin + h;
    const weekday = grid.weekdays[day] as number;
    if (!series.openWeekdays[weekday]) continue;
    const total = (fit.forecast[h] as number) * (calendar[h] as number) * (yearly[h] as number);
    spreadOverDay(grid, day, total, profiles, weekday * S, out, h);
  }
  return out;
}
