import { inverseErlangB } from './erlang-b';

/** How a queue performs at one staffing level. Shares in 0..1, times in seconds. */
export interface QueuePerformance {
  /** Agents on the phone. */
  agents: number;
  /** Probability that a call waits at all. */
  probabilityOfWaiting: number;
  /** Share of offered calls answered within the target time. */
  serviceLevel: number;
  /** Average speed of answer over all calls; null when the queue is unstable. */
  asaSeconds: number | null;
  /** Share of the agents' time spent handling calls. */
  occupancy: number;
}

/** What Erlang C needs to know about one interval. */
export interface ErlangCLoad {
  trafficErlangs: number;
  ahtSeconds: number;
  targetSeconds: number;
}

/** Agents <= traffic: the queue grows without bound (the contract's convention). */
function unstable(agents: number): QueuePerformance {
  return { agents, probabilityOfWaiting: 1, serviceLevel: 0, asaSeconds: null, occupancy: 1 };
}

function noCalls(agents: number): QueuePerformance {
  return { agents, probabilityOfWaiting: 0, serviceLevel: 1, asaSeconds: 0, occupancy: 0 };
}

/**
 * Erlang C (M/M/N): performance of `agents` agents given 1/B(agents) for the load.
 *
 * C = 1 / (1/B·(1 - ρ) + ρ), SL(t) = 1 - C·exp(-(N - A)·t/AHT), ASA = C·AHT/(N - A), ρ = A/N.
 *
 * Assumes Poisson arrivals at a constant rate through the interval, exponential handle times,
 * identical agents, first-come first-served, and callers who wait as long as it takes. With
 * agents <= traffic the queue grows without bound: the contract's convention is probability of
 * waiting 1, service level 0, ASA null, occupancy 1. No traffic: nobody waits.
 */
export function erlangCFromInverseB(
  agents: number,
  inverseB: number,
  load: ErlangCLoad,
): QueuePerformance {
  const { trafficErlangs } = load;
  if (trafficErlangs === 0) return noCalls(agents);
  if (agents <= trafficErlangs) return unstable(agents);
  const probabilityOfWaiting = probabilityOfWaitingFromInverseB(agents, trafficErlangs, inverseB);
  return {
    agents,
    probabilityOfWaiting,
    serviceLevel: serviceLevelFromWaiting(probabilityOfWaiting, agents, load),
    asaSeconds: asaFromWaiting(probabilityOfWaiting, agents, load),
    occupancy: trafficErlangs / agents,
  };
}

/** C = 1/(1/B·(N - A)/N + A/N); (N - A)/N rather than 1 - ρ keeps precision near saturation. */
export function probabilityOfWaitingFromInverseB(
  agents: number,
  trafficErlangs: number,
  inverseB: number,
): number {
  return 1 / ((inverseB * (agents - trafficErlangs)) / agents + trafficErlangs / agents);
}

/** SL(t) = 1 - C·exp(-(N - A)·t/AHT) for a stable queue. */
export function serviceLevelFromWaiting(
  probabilityOfWaiting: number,
  agents: number,
  load: ErlangCLoad,
): number {
  return (
    1 -
    probabilityOfWaiting *
      Math.exp((-(agents - load.trafficErlangs) * load.targetSeconds) / load.ahtSeconds)
  );
}

/** ASA = C·AHT/(N - A) for a stable queue. */
export function asaFromWaiting(
  probabilityOfWaiting: number,
  agents: number,
  load: ErlangCLoad,
): number {
  return (probabilityOfWaiting * load.ahtSeconds) / (agents - load.trafficErlangs);
}

/** Erlang C performance of `agents` agents. Cost O(sqrt(traffic) + agents - traffic). */
export function erlangC(agents: number, load: ErlangCLoad): QueuePerformance {
  if (load.trafficErlangs === 0) return noCalls(agents);
  if (agents <= load.trafficErlangs) return unstable(agents);
  return erlangCFromInverseB(agents, inverseErlangB(agents, load.trafficErlangs), load);
}

/** Erlang C service level alone: the share of calls answered within `targetSeconds`. */
export function erlangCServiceLevel(
  trafficErlangs: number,
  agents: number,
  ahtSeconds: number,
  targetSeconds: number,
): number {
  return erlangC(agents, { trafficErlangs, ahtSeconds, targetSeconds }).serviceLevel;
}

/**
 * Erlang C service level at a fractional number of agents: linear between the whole numbers
 * around it, as an interval staffed by 7 agents for half its length and 8 for the other half
 * answers half its calls at each. Used where staffing is an average over time (capacity plans,
 * agents who were on the phone part of an interval).
 */
export function erlangCServiceLevelBetween(
  trafficErlangs: number,
  agents: number,
  ahtSeconds: number,
  targetSeconds: number,
): number {
  const below = Math.floor(agents);
  const share = agents - below;
  const at = (n: number) => erlangCServiceLevel(trafficErlangs, n, ahtSeconds, targetSeconds);
  return share > 0 ? (1 - share) * at(below) + share * at(below + 1) : at(below);
}

/** A staffing goal for one interval. */
export interface StaffingGoal extends ErlangCLoad {
  /** Share of calls to answer within the target, 0..1. */
  serviceLevelGoal: number;
  /** Optional cap on occupancy, 0..1: burn-out sets in long before agents are 100% busy. */
  maxOccupancy?: number;
}

/**
 * The fewest agents that meet a service-level goal (and the occupancy cap) under Erlang C.
 *
 * Starts at the smallest stable staffing that satisfies the occupancy cap and walks up one
 * agent at a time, carrying 1/B along, so the whole search costs O(sqrt(traffic) + N* - A)
 * rather than O(N*) per candidate. Service level rises with agents, so the first staffing that
 * meets the goal is the minimum. No traffic needs no agents.
 */
export function requiredAgents(goal: StaffingGoal): number {
  return searchRequiredAgents(goal);
}

/**
 * The 1/B at the staffing searchRequiredAgents last returned. Handing it back in an object
 * would allocate once per case, which for small intervals costs more than the maths.
 */
const lastSearch = new Float64Array(1);

/** requiredAgents with the 1/B at the answer, for callers that go on to evaluate it. */
export function searchRequiredAgents(goal: StaffingGoal): number {
  const { trafficErlangs, serviceLevelGoal, maxOccupancy } = goal;
  lastSearch[0] = Number.POSITIVE_INFINITY;
  if (trafficErlangs === 0) return 0;
  let agents = Math.floor(trafficErlangs) + 1;
  if (maxOccupancy !== undefined && maxOccupancy < 1) {
    agents = Math.max(agents, Math.ceil(trafficErlangs / maxOccupancy));
    // ceil of a rounded quotient can land one either side of the true boundary.
    while (trafficErlangs / agents > maxOccupancy) agents++;
    while (agents - 1 > trafficErlangs && trafficErlangs / (agents - 1) <= maxOccupancy) agents--;
  }
  let inverseB = inverseErlangB(agents, trafficErlangs);
  const perErlang = 1 / trafficErlangs;
  // exp(-(N - A)·t/AHT) shrinks by the same factor with every agent: one multiplication per
  // step instead of an exp (the accumulated rounding over a few hundred steps is ~1e-14).
  const decayPerAgent = Math.exp(-goal.targetSeconds / goal.ahtSeconds);
  let waitFactor = Math.exp((-(agents - trafficErlangs) * goal.targetSeconds) / goal.ahtSeconds);
  // SL = 1 - C·w < goal with C = N / (1/B·(N - A) + A), multiplied out to avoid a division.
  const allowedWaiting = 1 - serviceLevelGoal;
  while (
    agents * waitFactor >
    allowedWaiting * (inverseB * (agents - trafficErlangs) + trafficErlangs)
  ) {
    agents++;
    inverseB = 1 + agents * perErlang * inverseB;
    waitFactor *= decayPerAgent;
  }
  lastSearch[0] = inverseB;
  return agents;
}

/** The fewest agents meeting the goal together with Erlang C's performance at that staffing. */
export function solveErlangC(goal: StaffingGoal): QueuePerformance {
  const agents = searchRequiredAgents(goal);
  return erlangCFromInverseB(agents, inverseBOfLastSearch(), goal);
}

/** 1/B at the staffing the last searchRequiredAgents call returned. */
export function inverseBOfLastSearch(): number {
  return lastSearch[0]!;
}
