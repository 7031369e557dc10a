import { holtWintersDaily } from './holt-winters-daily';
import type { Method, MethodContext } from './method';
import { sameWeekdayMean } from './same-weekday-mean';
import { seasonalNaive } from './seasonal-naive';
import { slotSmoothing } from './slot-smoothing';

/** Every method by its public name; `auto` picks one of these per group by backtest. */
export const METHOD_NAMES = [
  'seasonal-naive',
  'same-weekday-mean',
  'holt-winters-daily',
  'slot-smoothing',
  'combined',
] as const;

export type MethodName = (typeof METHOD_NAMES)[number];

/** The two baselines the accuracy targets are measured against. */
export const BASELINES: readonly MethodName[] = ['seasonal-naive', 'same-weekday-mean'];

const SINGLE: Record<Exclude<MethodName, 'combined'>, Method> = {
  'seasonal-naive': seasonalNaive,
  'same-weekday-mean': (context) => sameWeekdayMean(context, 4),
  'holt-winters-daily': holtWintersDaily,
  'slot-smoothing': slotSmoothing,
};

/**
 * Runs the named methods at one origin, each once: `combined` is the equal-weight mean of
 * holt-winters-daily and slot-smoothing, reusing their forecasts when they are run too.
 * Averaging forecasts whose errors are not perfectly correlated lowers the error variance
 * (Bates & Granger 1969; the M4 competition's best entries were combinations).
 */
export function runMethods(
  context: MethodContext,
  names: readonly MethodName[],
): Map<MethodName, Float64Array> {
  const done = new Map<MethodName, Float64Array>();
  const get = (name: MethodName): Float64Array => {
    let values = done.get(name);
    if (!values) {
      if (name === 'combined') {
        const a = get('holt-winters-daily');
        const b = get('slot-smoothing');
        values = a.map((value, i) => (value + (b[i] as number)) / 2);
      } else {
        values = SINGLE[name](context);
      }
      done.set(name, values);
    }
    return values;
  };
  return new Map(names.map((name) => [name, get(name)]));
}

/** One method's forecast at one origin. */
export function runMethod(context: MethodContext, name: MethodName): Float64Array {
  return runMethods(context, [name]).get(name) as Float64Array;
}
