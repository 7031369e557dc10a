import { holtWintersDaily } from './holt-winters-daily';
import type { Method, MethodContext } from './method';
import { sameWeekdayMean } from './same-weekday-mean';
import { seasonalNaive } from './seasonal-naive';
import { slotSmoothing } from './slot-smoothing';

/**
 * Equal-weight combination of the two model families. Averaging forecasts whose errors are
 * not perfectly correlated reduces the error variance (Bates & Granger 1969; the M4
 * competition's winners were combinations). Cost: both methods.
 */
function combined(context: MethodContext): Float64Array {
  const a = holtWintersDaily(context);
  const b = slotSmoothing(context);
  return a.map((value, i) => (value + (b[i] as number)) / 2);
}

/** Every method by its public name; `auto` picks one of these per group by backtest. */
export const METHODS = {
  'seasonal-naive': seasonalNaive,
  'same-weekday-mean': (context: MethodContext) => sameWeekdayMean(context, 4),
  'holt-winters-daily': holtWintersDaily,
  'slot-smoothing': slotSmoothing,
  combined,
} as const satisfies Record<string, Method>;

export type MethodName = keyof typeof METHODS;

export const METHOD_NAMES = Object.keys(METHODS) as MethodName[];

/** The two baselines the accuracy targets are measured against. */
export const BASELINES: readonly MethodName[] = ['seasonal-naive', 'same-weekday-mean'];
