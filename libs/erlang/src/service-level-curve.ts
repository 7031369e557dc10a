import { inverseErlangB } from './erlang-b';
import { type ErlangCLoad, erlangCFromInverseB } from './erlang-c';

/**
 * Erlang C performance for every staffing from `minAgents` to `maxAgents`, as typed arrays
 * indexed by agents - minAgents. Schedulers look values up here instead of recomputing them.
 * Unstable staffings (agents <= traffic) hold service level 0, ASA Infinity and occupancy 1.
 */
export interface ServiceLevelCurve {
  minAgents: number;
  maxAgents: number;
  serviceLevel: Float64Array;
  asaSeconds: Float64Array;
  occupancy: Float64Array;
  probabilityOfWaiting: Float64Array;
}

export interface ServiceLevelCurveRequest extends ErlangCLoad {
  minAgents: number;
  maxAgents: number;
}

/**
 * Builds the curve in one pass of the inverse Erlang B recursion: O(maxAgents - minAgents)
 * plus O(sqrt(traffic)) to reach the first staffing.
 */
export function serviceLevelCurve(request: ServiceLevelCurveRequest): ServiceLevelCurve {
  const { minAgents, maxAgents, trafficErlangs } = request;
  if (
    !Number.isInteger(minAgents) ||
    !Number.isInteger(maxAgents) ||
    minAgents < 0 ||
    maxAgents < minAgents
  ) {
    throw new RangeError(
      `agent range ${minAgents}..${maxAgents} must be whole numbers with 0 <= min <= max`,
    );
  }
  const size = maxAgents - minAgents + 1;
  const curve: ServiceLevelCurve = {
    minAgents,
    maxAgents,
    serviceLevel: new Float64Array(size),
    asaSeconds: new Float64Array(size),
    occupancy: new Float64Array(size),
    probabilityOfWaiting: new Float64Array(size),
  };
  let inverseB =
    trafficErlangs === 0 ? Number.POSITIVE_INFINITY : inverseErlangB(minAgents, trafficErlangs);
  for (let i = 0; i < size; i++) {
    const agents = minAgents + i;
    if (i > 0 && trafficErlangs > 0) inverseB = 1 + (agents / trafficErlangs) * inverseB;
    const performance = erlangCFromInverseB(agents, inverseB, request);
    curve.serviceLevel[i] = performance.serviceLevel;
    curve.asaSeconds[i] = performance.asaSeconds ?? Number.POSITIVE_INFINITY;
    curve.occupancy[i] = performance.occupancy;
    curve.probabilityOfWaiting[i] = performance.probabilityOfWaiting;
  }
  return curve;
}
