import type { MethodContext } from './method';
import { DAY_EFFECT_NAMES, DayEffect, type DayEffectName } from './series';

/**
 * What a calendar effect does to a group's daily volume, as a factor on a normal day's, before
 * any history: Swedish municipal centres close on holidays and eves; the working day after a
 * closed day carries held-back calls (the US bank data shows +18% to +33%). The weight says
 * how many observed days the prior is worth: the turn of the month needs evidence to count.
 */
const PRIOR: Record<DayEffectName, { factor: number; weight: number }> = {
  holiday: { factor: 0, weight: 1 },
  eve: { factor: 0, weight: 1 },
  shortDay: { factor: 0.7, weight: 1 },
  afterHoliday: { factor: 1.2, weight: 1 },
  monthStart: { factor: 1, weight: 2 },
  monthEnd: { factor: 1, weight: 2 },
  secondAfterHoliday: { factor: 1, weight: 2 },
};

export type EffectFactors = Record<DayEffectName, number>;

/**
 * Factor per calendar effect, learned from the group's history before the origin, as a
 * multiplicative regression on calendar effects fitted by backfitting:
 *   ratio(d) = T(d) / mean{T(e) : e usable, same weekday as d, |e - d| <= 21 days, e < origin}
 *   f(x) = (w_x prior_x + sum_{d with x} ratio(d) / prod_{y != x on d} f(y)) / (w_x + n_x)
 * repeated a few times, so a Tuesday that is both after a holiday and the first of the month
 * is credited to both. The prior weight keeps one odd day from swinging a factor. A closed
 * holiday without rows counts as 0 calls. Cost: O(days x effects).
 */
export function effectFactors(context: MethodContext): EffectFactors {
  const { series, origin } = context;
  const samples: { ratio: number; effects: number }[] = [];
  for (let d = 0; d < origin; d++) {
    if (series.states[d] !== 'special') continue;
    const total = series.totals[d] as number;
    if (Number.isNaN(total)) continue;
    let reference = 0;
    let n = 0;
    for (const k of [-3, -2, -1, 1, 2, 3]) {
      const e = d + 7 * k;
      if (e >= 0 && e < origin && series.states[e] === 'usable') {
        reference += series.totals[e] as number;
        n++;
      }
    }
    if (n === 0 || reference <= 0) continue;
    samples.push({ ratio: total / (reference / n), effects: series.effects[d] as number });
  }
  const factors = Object.fromEntries(
    DAY_EFFECT_NAMES.map((name) => [name, PRIOR[name].factor]),
  ) as EffectFactors;
  for (let pass = 0; pass < 4; pass++) {
    for (const name of DAY_EFFECT_NAMES) {
      const bit = DayEffect[name];
      let sum = PRIOR[name].weight * PRIOR[name].factor;
      let weight = PRIOR[name].weight;
      for (const { ratio, effects } of samples) {
        if (!(effects & bit)) continue;
        const others = productOf(factors, effects & ~bit);
        // Another effect that closes the day says nothing about this one.
        if (others < 0.05) continue;
        sum += ratio / others;
        weight += 1;
      }
      factors[name] = sum / weight;
    }
  }
  return factors;
}

function productOf(factors: EffectFactors, effects: number): number {
  let product = 1;
  for (const name of DAY_EFFECT_NAMES) if (effects & DayEffect[name]) product *= factors[name];
  return product;
}

/** Factor for each forecast day: the product of its effects' factors (1 on a plain day). */
export function calendarFactors(context: MethodContext): Float64Array {
  const factors = effectFactors(context);
  const { series, origin, horizonDays } = context;
  return Float64Array.from({ length: horizonDays }, (_, h) =>
    productOf(factors, series.effects[origin + h] as number),
  );
}
