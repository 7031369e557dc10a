/**
 * One staffing question for one interval, as `../shared/CONTRACT.md` section 1 defines it.
 * Solve mode (no `agents`): the fewest agents meeting `serviceLevelGoal` (and the optional caps).
 * Evaluate mode (`agents` given): the performance of that staffing.
 */
export interface ErlangCase {
  /** Offered calls in the interval, >= 0, may be fractional (a forecast). */
  calls: number;
  /** Interval length in seconds, > 0 (900 for 15 minutes). */
  intervalSeconds: number;
  /** Average handle time (talk + wrap-up) in seconds, > 0. */
  ahtSeconds: number;
  /** Answer-time target in seconds, >= 0 (120 for "within 2 minutes"). */
  targetSeconds: number;
  /** Share of calls to answer within the target, 0..1 (solve mode). */
  serviceLevelGoal?: number;
  /** Evaluate this many agents instead of solving; integer >= 0. */
  agents?: number;
  /** Solve mode also requires occupancy <= this, 0..1. */
  maxOccupancy?: number;
  /** Share of paid time off the phone, 0..1 (< 1): scheduledAgents = agents / (1 - shrinkage). */
  shrinkage?: number;
  /** Mean caller patience in seconds: use Erlang A (M/M/N+M) instead of Erlang C. */
  patienceSeconds?: number;
  /** With `patienceSeconds`, solve mode also requires abandonment <= this, 0..1. */
  maxAbandonRate?: number;
}

export interface ErlangResult {
  /** Agents on the phone: the solved minimum, or the given number. */
  agents: number;
  /** agents / (1 - shrinkage), not rounded. */
  scheduledAgents: number;
  /** calls * ahtSeconds / intervalSeconds. */
  trafficErlangs: number;
  /** Probability that a call has to wait. */
  probabilityOfWaiting: number;
  /** Share of offered calls answered within `targetSeconds`. */
  serviceLevel: number;
  /** Average speed of answer in seconds; null when the Erlang C queue is unstable. */
  asaSeconds: number | null;
  /** Agent utilisation, at most 1. */
  occupancy: number;
  /** Only with `patienceSeconds`: share of callers who hang up. */
  abandonRate?: number;
}
