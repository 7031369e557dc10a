import type { MethodContext } from './method';

/**
 * Yearly seasonality (summer dip, school start) as last year's path relative to last year's
 * level at the same point:
 *   r_y(h) = W(o - 364y + h) / R(o - 364y),  factor(h) = mean over available years y of r_y(h)
 * where W(t) is the mean daily total of usable days in the week centred on t and R(t) the mean
 * over the 28 days before t. 364 days keeps weekdays aligned. Methods forecast the level at
 * the origin; this factor bends it the way the same weeks went in earlier years. Used only
 * with more than a year of history (otherwise all ones), and shrunk halfway towards 1 with a
 * single year, since one year's path also carries that year's noise. Cost: O(horizon x years).
 */
export function yearlyFactors(context: MethodContext): Float64Array {
  const { series, origin, horizonDays } = context;
  const factors = new Float64Array(horizonDays).fill(1);
  const meanOf = (start: number, end: number): number => {
    let sum = 0;
    let n = 0;
    for (let d = Math.max(0, start); d < Math.min(end, origin); d++) {
      if (series.states[d] === 'usable') {
        sum += series.totals[d] as number;
        n++;
      }
    }
    return n >= 3 ? sum / n : Number.NaN;
  };
  const years: number[] = [];
  for (let y = 1; y <= 2; y++) if (origin - 364 * y - 28 >= firstUsable(context)) years.push(y);
  if (years.length === 0) return factors;
  const shrink = years.length === 1 ? 0.5 : 0.75;
  for (let h = 0; h < horizonDays; h++) {
    let sum = 0;
    let n = 0;
    for (const y of years) {
      const base = origin - 364 * y;
      const reference = meanOf(base - 28, base);
      const week = meanOf(base + h - 3, base + h + 4);
      if (reference > 0 && !Number.isNaN(week)) {
        sum += week / reference;
        n++;
      }
    }
    if (n > 0) factors[h] = 1 + shrink * (sum / n - 1);
  }
  return factors;
}

function firstUsable(context: MethodContext): number {
  const { series, origin } = context;
  for (let d = 0; d < origin; d++) if (series.states[d] === 'usable') return d;
  return origin;
}
