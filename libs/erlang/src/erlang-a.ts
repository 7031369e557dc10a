import { inverseErlangB } from './erlang-b';
import type { QueuePerformance } from './erlang-c';

/** What Erlang A needs to know about one interval. */
export interface ErlangALoad {
  trafficErlangs: number;
  ahtSeconds: number;
  targetSeconds: number;
  /** Mean time a caller is willing to wait before hanging up. */
  patienceSeconds: number;
}

export interface ErlangAPerformance extends QueuePerformance {
  /** Share of offered calls that hang up before being answered. */
  abandonRate: number;
  /** Mean wait over all offered calls, answered or not (never null: the queue is always stable). */
  asaSeconds: number;
}

/**
 * log of T(w) = Σ_{k>=0} w^k / ((x+1)(x+2)...(x+1+k)), the series behind the lower incomplete
 * gamma function: γ(x+1, w) = w^(x+1)·e^(-w)·T(w). Summed directly with rescaling, so it neither
 * overflows nor loses precision; terms grow while w > x + k and then fall faster than
 * geometrically, so the cost is O(max(0, w - x) + sqrt(w)).
 */
function logGammaSeries(x: number, w: number): number {
  const RESCALE = 1e250;
  let term = 1 / (x + 1);
  let sum = term;
  let logScale = 0;
  for (let k = 1; ; k++) {
    const ratio = w / (x + 1 + k);
    term *= ratio;
    sum += term;
    if (sum > RESCALE) {
      sum /= RESCALE;
      term /= RESCALE;
      logScale += Math.log(RESCALE);
    }
    if (ratio < 1 && term <= sum * 1e-17) break;
  }
  return Math.log(sum) + logScale;
}

/**
 * Erlang A (M/M/N+M, the Palm queue): Erlang C where each waiting caller hangs up after an
 * exponentially distributed patience with mean `patienceSeconds`.
 *
 * With x = Nμ/θ, y = λ/θ (μ = 1/AHT, θ = 1/patience), 1/E = 1/B(N, A) and L = log T(y):
 *   P(wait)    = (e^-L + y) / D,   P(abandon) = (e^-L + y - x) / D,   D = e^-L / E + y,
 *   P(answered after waiting longer than t) = x·z^(x+1)·e^(y(1-z))·T(yz)·e^-L / D,
 * with z = e^(-θt) and T as in logGammaSeries. Service level counts callers who abandon as not
 * answered: SL = P(no wait) + P(answered after waiting at most t)
 *            = [(1/E - 1)·e^-L + x·(1 - z^(x+1)·e^(y(1-z))·T(yz)/T(y))] / D,
 * a sum of non-negative terms, so it keeps its relative precision even when tiny; ASA = P(abandon)/θ over all offered calls (Little's law for the
 * abandoning stream); occupancy = A·(1 - P(abandon))/N. Derived from the stationary
 * distribution and the hypoexponential virtual wait; the closed forms agree with
 * Mandelbaum & Zeltyn (2007), "The Palm/Erlang-A queue, with applications to call centers".
 *
 * Assumes Poisson arrivals, exponential handle times and exponential patience, all constant
 * through the interval. Real patience is not exponential (Brown et al. 2005), so abandonment is
 * a first-order estimate; the model stays stable even when agents <= traffic, where Erlang C
 * breaks down. Cost O(sqrt(traffic·patience/AHT) + agents).
 */
export function erlangA(agents: number, load: ErlangALoad): ErlangAPerformance {
  const { trafficErlangs, ahtSeconds, targetSeconds, patienceSeconds } = load;
  if (trafficErlangs === 0) {
    return {
      agents,
      probabilityOfWaiting: 0,
      serviceLevel: 1,
      asaSeconds: 0,
      occupancy: 0,
      abandonRate: 0,
    };
  }
  const inverseB = inverseErlangB(agents, trafficErlangs);
  if (!Number.isFinite(inverseB)) {
    // So many agents that waiting is below double precision: nobody waits.
    return {
      agents,
      probabilityOfWaiting: 0,
      serviceLevel: 1,
      asaSeconds: 0,
      occupancy: trafficErlangs / agents,
      abandonRate: 0,
    };
  }
  const patienceOverAht = patienceSeconds / ahtSeconds;
  const x = agents * patienceOverAht;
  const y = trafficErlangs * patienceOverAht;
  const logT = logGammaSeries(x, y);
  const inverseT = Math.exp(-logT);
  // Everything below is divided through by 1/E, which can be near the top of double range.
  const blocking = 1 / inverseB;
  const denominator = inverseT + y * blocking;
  const probabilityOfWaiting = ((inverseT + y) * blocking) / denominator;
  const abandonRate = Math.max(0, ((inverseT + y - x) * blocking) / denominator);
  let serviceLevel = 0;
  if (agents > 0) {
    // (1/E - 1)·E = (N/A)·E/E(N-1) exactly, without the cancellation of 1 - E when E is ~1.
    const noWait =
      (agents / trafficErlangs) * inverseErlangB(agents - 1, trafficErlangs) * blocking;
    const z = Math.exp(-targetSeconds / patienceSeconds);
    // The share answered late is at most 1; rounding can push its log a hair above 0.
    const logLateShare = Math.min(
      0,
      (x + 1) * Math.log(z) + y * (1 - z) + logGammaSeries(x, y * z) - logT,
    );
    serviceLevel = (noWait * inverseT - x * blocking * Math.expm1(logLateShare)) / denominator;
  }
  return {
    agents,
    probabilityOfWaiting,
    serviceLevel: Math.min(1, serviceLevel),
    asaSeconds: abandonRate * patienceSeconds,
    occupancy: agents === 0 ? 1 : Math.min(1, (trafficErlangs * (1 - abandonRate)) / agents),
    abandonRate,
  };
}

export interface ErlangAGoal extends ErlangALoad {
  serviceLevelGoal: number;
  maxOccupancy?: number;
  /** Also require abandonment <= this: a service level alone can be met by letting callers hang up. */
  maxAbandonRate?: number;
}

/**
 * The fewest agents meeting the goal under Erlang A. Service level and abandonment improve with
 * every added agent and occupancy falls, so the feasible staffings are an up-set and a doubling
 * search followed by bisection finds the minimum in O(log N) evaluations.
 */
export function requiredAgentsErlangA(goal: ErlangAGoal): number {
  if (goal.trafficErlangs === 0) return 0;
  const meets = (agents: number): boolean => {
    const performance = erlangA(agents, goal);
    return (
      performance.serviceLevel >= goal.serviceLevelGoal &&
      (goal.maxOccupancy === undefined || performance.occupancy <= goal.maxOccupancy) &&
      (goal.maxAbandonRate === undefined || performance.abandonRate <= goal.maxAbandonRate)
    );
  };
  if (meets(0)) return 0;
  let feasible = Math.max(1, Math.ceil(goal.trafficErlangs));
  let infeasible = 0;
  while (!meets(feasible)) {
    infeasible = feasible;
    feasible *= 2;
  }
  while (feasible - infeasible > 1) {
    const middle = Math.floor((feasible + infeasible) / 2);
    if (meets(middle)) feasible = middle;
    else infeasible = middle;
  }
  return feasible;
}
