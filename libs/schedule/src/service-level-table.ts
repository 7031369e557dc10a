import { requiredAgents, serviceLevelCurve } from '@bemanna/erlang';
import { concaveHullSegments } from './concave-hull';
import type { Scenario } from './types';
import type { WeekGrid } from './week-grid';

/**
 * Erlang C service-level curves for every answer group and interval of the week, computed
 * once so that the optimiser and `evaluate` look values up instead of recomputing queues.
 *
 * Model: each group and interval is an M/M/N queue in steady state (Erlang C: Poisson
 * arrivals, exponential handle times, no abandonment) with traffic calls * AHT / interval
 * and N = the phone agents serving that group then. Only open intervals with calls count:
 * their weight is the forecast calls, so the weekly objective is answered-within-target
 * calls and the call-weighted service level is that divided by the week's calls.
 * Cost: O(groups * intervals * agents) time and memory, about 3 MB for the demo centre.
 */
export interface ServiceLevelTable {
  /** Per group, interval: forecast calls counted (0 when closed or no calls). */
  calls: Float64Array[];
  /** Per group, interval: calls * serviceLevel(n) for n = 0..cap, or null when not counted. */
  answeredWithinTarget: (Float64Array | null)[][];
  /** The same curves' least concave majorants (see `concaveHullSegments`), for smoothing. */
  hullAnsweredWithinTarget: (Float64Array | null)[][];
  /** Per group, interval: fewest agents with a stable queue (service level above 0). */
  stableAgents: Int32Array[];
  /** Per group, interval: fewest agents meeting the goal (0 when not counted). */
  requiredAgents: Int32Array[];
  /** Total calls counted over the week. */
  totalCalls: number;
}

/** Answered-within-target calls of group `g` in interval `t` with `agents` on the phone. */
export function answeredAt(table: ServiceLevelTable, g: number, t: number, agents: number): number {
  const curve = table.answeredWithinTarget[g]![t];
  if (!curve) return 0;
  return curve[Math.min(agents, curve.length - 1)]!;
}

export function buildServiceLevelTable(scenario: Scenario, grid: WeekGrid): ServiceLevelTable {
  const { serviceGoal } = scenario;
  const intervalSeconds = scenario.intervalMinutes * 60;
  let totalCalls = 0;
  const calls: Float64Array[] = [];
  const answered: (Float64Array | null)[][] = [];
  const hulls: (Float64Array | null)[][] = [];
  const required: Int32Array[] = [];
  const stable: Int32Array[] = [];
  scenario.answerGroups.forEach((group, g) => {
    // Nobody beyond the group's skilled agents can ever staff it; one more keeps the
    // look-up total for the evaluation of hand-made schedules.
    const cap = scenario.agents.filter((a) => a.skills.includes(group.id)).length + 1;
    const groupCalls = new Float64Array(grid.size);
    const groupAnswered: (Float64Array | null)[] = new Array(grid.size).fill(null);
    const groupHulls: (Float64Array | null)[] = new Array(grid.size).fill(null);
    const groupRequired = new Int32Array(grid.size);
    const groupStable = new Int32Array(grid.size);
    for (let t = 0; t < grid.size; t++) {
      const offered = group.calls[t] ?? 0;
      if (!grid.open[g]![t] || offered <= 0) continue;
      groupCalls[t] = offered;
      totalCalls += offered;
      const load = {
        trafficErlangs: (offered * group.ahtSeconds) / intervalSeconds,
        ahtSeconds: group.ahtSeconds,
        targetSeconds: serviceGoal.targetSeconds,
      };
      const curve = serviceLevelCurve({ ...load, minAgents: 0, maxAgents: cap });
      const answeredCurve = curve.serviceLevel.map((level) => offered * level);
      groupAnswered[t] = answeredCurve;
      const hull = new Float64Array(answeredCurve.length);
      let n = 0;
      for (const segment of concaveHullSegments(answeredCurve)) {
        for (let i = 1; i <= segment.width; i++) hull[n + i] = hull[n]! + i * segment.slope;
        n += segment.width;
      }
      groupHulls[t] = hull;
      groupStable[t] = Math.floor(load.trafficErlangs) + 1;
      groupRequired[t] = requiredAgents({ ...load, serviceLevelGoal: serviceGoal.serviceLevel });
    }
    calls.push(groupCalls);
    answered.push(groupAnswered);
    hulls.push(groupHulls);
    required.push(groupRequired);
    stable.push(groupStable);
  });
  return {
    calls,
    answeredWithinTarget: answered,
    hullAnsweredWithinTarget: hulls,
    requiredAgents: required,
    stableAgents: stable,
    totalCalls,
  };
}
