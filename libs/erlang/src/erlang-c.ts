import { inverseErlangB, inverseErlangBFrom, recursionStart } from './erlang-b';

/** How a queue performs at one staffing level. Shares in 0..1, times in seconds. */
export interface QueuePerformance {
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

const UNSTABLE: QueuePerformance = Object.freeze({
  probabilityOfWaiting: 1,
  serviceLevel: 0,
  asaSeconds: null,
  occupancy: 1,
});

const NO_CALLS: QueuePerformance = Object.freeze({
  probabilityOfWaiting: 0,
  serviceLevel: 1,
  asaSeconds: 0,
  occupancy: 0,
});

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
  const { trafficErlangs, ahtSeconds, targetSeconds } = load;
  if (trafficErlangs === 0) return NO_CALLS;
  if (agents <= trafficErlangs) return UNSTABLE;
  const spareAgents = agents - trafficErlangs;
  const occupancy = trafficErlangs / agents;
  // (N - A)/N rather than 1 - ρ keeps full precision when the queue is close to saturation.
  const probabilityOfWaiting = 1 / ((inverseB * spareAgents) / agents + occupancy);
  return {
    probabilityOfWaiting,
    serviceLevel: 1 - probabilityOfWaiting * Math.exp((-spareAgents * targetSeconds) / ahtSeconds),
    asaSeconds: (probabilityOfWaiting * ahtSeconds) / spareAgents,
    occupancy,
  };
}

/** Erlang C performance of `agents` agents. Cost O(sqrt(traffic) + agents - traffic). */
export function erlangC(agents: number, load: ErlangCLoad): QueuePerformance {
  if (load.trafficErlangs === 0) return NO_CALLS;
  if (agents <= load.trafficErlangs) return UNSTABLE;
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
  const { trafficErlangs, serviceLevelGoal, maxOccupancy } = goal;
  if (trafficErlangs === 0) return 0;
  let agents = Math.floor(trafficErlangs) + 1;
  if (maxOccupancy !== undefined && maxOccupancy < 1) {
    agents = Math.max(agents, Math.ceil(trafficErlangs / maxOccupancy));
    // ceil of a rounded quotient can land one either side of the true boundary.
    while (trafficErlangs / agents > maxOccupancy) agents++;
    while (agents - 1 > trafficErlangs && trafficErlangs / (agents - 1) <= maxOccupancy) agents--;
  }
  let inverseB = inverseErlangBFrom(recursionStart(agents, trafficErlangs), agents, trafficErlangs);
  const perErlang = 1 / trafficErlangs;
  while (erlangCFromInverseB(agents, inverseB, goal).serviceLevel < serviceLevelGoal) {
    agents++;
    inverseB = 1 + agents * perErlang * inverseB;
  }
  return agents;
}
