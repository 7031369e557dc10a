import {
  erlangA,
  erlangC,
  requiredAgents,
  requiredAgentsErlangA,
  scheduledAgents,
} from '@bemanna/erlang';
import type { IntervalRequirement } from '../../api/types';

/** The goal, handle time and shrinkage a planner tries out on the Requirements page. */
export interface WhatIfSettings {
  /** Share of calls to answer within targetSeconds, 0..1. */
  serviceLevelGoal: number;
  targetSeconds: number;
  /** Average handle time; each interval's forecast AHT is scaled so its mean becomes this. */
  ahtSeconds: number;
  /** Share of paid time off the phone, 0 <= shrinkage < 1. */
  shrinkage: number;
  /** Mean caller patience: Erlang A when set, as the API does. */
  patienceSeconds: number | null;
  maxOccupancy: number | null;
}

/** One interval's staffing under the what-if settings. */
export interface IntervalStaffing {
  intervalStart: string;
  calls: number;
  ahtSeconds: number;
  trafficErlangs: number;
  /** Agents required on the phone. */
  agents: number;
  /** Agents to schedule: agents / (1 - shrinkage). */
  scheduledAgents: number;
  /** Expected service level with `agents` on the phone. */
  serviceLevel: number;
}

export interface StaffingTotals {
  calls: number;
  /** Agent-hours on the phone. */
  agentHours: number;
  /** Agent-hours to schedule, shrinkage included. */
  scheduledAgentHours: number;
  /** Full-time equivalents over the range: scheduled hours / (hours per FTE-week * weeks). */
  fte: number;
  /** Call-weighted expected service level, null without calls. */
  serviceLevel: number | null;
}

/** Call-weighted mean AHT of the intervals, the what-if form's starting value. */
export function meanAhtSeconds(intervals: IntervalRequirement[]): number | null {
  const calls = intervals.reduce((sum, interval) => sum + interval.calls, 0);
  if (calls === 0) return null;
  return intervals.reduce((sum, interval) => sum + interval.calls * interval.ahtSeconds, 0) / calls;
}

/**
 * Expected service level of one interval with `agents` on the phone: Erlang C, or Erlang A when
 * callers have a patience. Used for the heat map's hover at a chosen staffing.
 */
export function serviceLevelAt(
  agents: number,
  load: { trafficErlangs: number; ahtSeconds: number },
  targetSeconds: number,
  patienceSeconds: number | null,
): number {
  const { trafficErlangs, ahtSeconds } = load;
  if (trafficErlangs === 0) return 1;
  if (patienceSeconds !== null)
    return erlangA(agents, { trafficErlangs, ahtSeconds, targetSeconds, patienceSeconds })
      .serviceLevel;
  return erlangC(agents, { trafficErlangs, ahtSeconds, targetSeconds }).serviceLevel;
}

/**
 * Required agents per interval for the loaded forecast under edited settings, computed in the
 * browser with the same library the API uses, so unchanged settings give the API's numbers.
 * Cost: one staffing search per interval, O(sqrt(traffic)) each; a week of a group is a few
 * hundred intervals and well under a millisecond.
 */
export function whatIfIntervals(
  intervals: IntervalRequirement[],
  intervalMinutes: number,
  settings: WhatIfSettings,
): IntervalStaffing[] {
  const baselineAht = meanAhtSeconds(intervals);
  const ahtFactor = baselineAht ? settings.ahtSeconds / baselineAht : 1;
  const intervalSeconds = intervalMinutes * 60;
  return intervals.map((interval) => {
    const ahtSeconds = interval.ahtSeconds * ahtFactor;
    const trafficErlangs = (interval.calls * ahtSeconds) / intervalSeconds;
    const goal = {
      trafficErlangs,
      ahtSeconds,
      targetSeconds: settings.targetSeconds,
      serviceLevelGoal: settings.serviceLevelGoal,
      ...(settings.maxOccupancy !== null ? { maxOccupancy: settings.maxOccupancy } : {}),
    };
    const agents =
      settings.patienceSeconds !== null
        ? requiredAgentsErlangA({ ...goal, patienceSeconds: settings.patienceSeconds })
        : requiredAgents(goal);
    return {
      intervalStart: interval.intervalStart,
      calls: interval.calls,
      ahtSeconds,
      trafficErlangs,
      agents,
      scheduledAgents: scheduledAgents(agents, settings.shrinkage),
      serviceLevel: serviceLevelAt(
        agents,
        { trafficErlangs, ahtSeconds },
        settings.targetSeconds,
        settings.patienceSeconds,
      ),
    };
  });
}

/** Totals over a range of `days` local days; FTE as the API counts it (40 hours a week). */
export function staffingTotals(
  intervals: Pick<IntervalStaffing, 'calls' | 'agents' | 'scheduledAgents' | 'serviceLevel'>[],
  intervalMinutes: number,
  days: number,
  fteHoursPerWeek = 40,
): StaffingTotals {
  const hours = intervalMinutes / 60;
  let calls = 0;
  let agentHours = 0;
  let scheduledAgentHours = 0;
  let answeredInTime = 0;
  for (const interval of intervals) {
    calls += interval.calls;
    agentHours += interval.agents * hours;
    scheduledAgentHours += interval.scheduledAgents * hours;
    answeredInTime += interval.serviceLevel * interval.calls;
  }
  return {
    calls,
    agentHours,
    scheduledAgentHours,
    fte: days > 0 ? scheduledAgentHours / ((fteHoursPerWeek * days) / 7) : 0,
    serviceLevel: calls > 0 ? answeredInTime / calls : null,
  };
}
