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

/** A special day before the origin: its total over a normal same weekday's nearby. */
export interface EffectSample {
  day: number;
  ratio: number;
  effects: number;
}

/** The special days the factors learn from (see {@link effectFactors}). Cost: O(days). */
export function effectSamples(context: MethodContext): EffectSample[] {
  const { series, origin } = context;
  const samples: EffectSample[] = [];
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
    samples.push({ day: d, ratio: total / (reference / n), effects: series.effects[d] as number });
  }
  return samples;
}

/**
 * Factor per calendar effect, learned from the group's history before the origin, as a
 * multiplicative regression on calendar effects fitted by backfitting:
 *   ratio(d) = T(d) / mean{T(e) : e usable, same weekday as d, |e - d| <= 21 days, e < origin}
 *   f(x) = (w_x prior_x + sum_{d with x} ratio(d) / prod_{y != x on d} f(y)) / (w_x + n_x)
 * repeated a few times, so a Tuesday that is both after a holiday and the first of the month
 * is credited to both. The prior weight keeps one odd day from swinging a factor. A closed
 * holiday without rows counts as 0 calls. Cost: O(days x effects).
 */
export function effectFactors(
  context: MethodContext,
  samples: readonly EffectSample[] = effectSamples(context),
): EffectFactors {
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

const NAMED_BITS = DayEffect.holiday | DayEffect.eve | DayEffect.shortDay;

/**
 * Factor for each forecast day: the product of its effects' factors (1 on a plain day). A
 * holiday seen in earlier years is its own case: the centre may open on Kristi
 * himmelsfärdsdag but not on juldagen, so the kind's factor is replaced by that holiday's
 * mean ratio, shrunk towards the kind's factor with the weight of one year:
 *   f(name) = (f(kind) + sum_{earlier days with the name} ratio / other effects) / (1 + n)
 */
export function calendarFactors(context: MethodContext): Float64Array {
  const samples = effectSamples(context);
  const factors = effectFactors(context, samples);
  const { grid, series, origin, horizonDays } = context;
  const byName = new Map<string, number[]>();
  for (const { day, ratio, effects } of samples) {
    const name = grid.names[day];
    if (name === undefined || !(effects & NAMED_BITS)) continue;
    const others = productOf(factors, effects & ~NAMED_BITS);
    if (others < 0.05) continue;
    const ratios = byName.get(name) ?? [];
    ratios.push(ratio / others);
    byName.set(name, ratios);
  }
  return Float64Array.from({ length: horizonDays }, (_, h) => {
    const effects = series.effects[origin + h] as number;
    const name = grid.names[origin + h];
    const seen = name === undefined ? undefined : byName.get(name);
    if (!seen || !(effects & NAMED_BITS)) return productOf(factors, effects);
    const kind = productOf(factors, effects & NAMED_BITS);
    const named = (kind + seen.reduce((sum, ratio) => sum + ratio, 0)) / (1 + seen.length);
    return named * productOf(factors, effects & ~NAMED_BITS);
  });
}
