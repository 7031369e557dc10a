import { serviceLevelAt } from '../requirements/what-if';
import type { GroupReport, Scenario, Schedule } from './types';

/** One interval of one answer group: the phone agents scheduled against those required. */
export interface CoveragePoint {
  /** Interval start, ISO 8601 with offset. */
  start: string;
  calls: number;
  open: boolean;
  scheduled: number;
  required: number;
  /** Expected service level with `scheduled` agents; null when closed. */
  serviceLevel: number | null;
}

/**
 * Phone agents of one group per interval of the week, counted as the API's evaluation counts
 * them: an agent counts in an interval when a phone activity for the group covers all of it.
 * Intervals are `intervalMinutes` apart from the first; O(activities + intervals).
 */
export function phoneAgentsPerInterval(
  schedule: Schedule,
  answerGroupId: string,
  firstIntervalStart: string,
  intervals: number,
  intervalMinutes: number,
): number[] {
  const counts = new Array<number>(intervals).fill(0);
  const origin = Date.parse(firstIntervalStart);
  const length = intervalMinutes * 60_000;
  for (const shift of schedule.shifts) {
    for (const activity of shift.activities) {
      if (activity.type !== 'phone' || activity.answerGroup !== answerGroupId) continue;
      const from = Math.max(0, Math.ceil((Date.parse(activity.start) - origin) / length));
      const to = Math.min(intervals, Math.floor((Date.parse(activity.end) - origin) / length));
      for (let t = from; t < to; t++) counts[t] = (counts[t] ?? 0) + 1;
    }
  }
  return counts;
}

/**
 * The coverage chart's data for one group: required agents and service level from the
 * version's report; scheduled agents from `schedule`, which may carry unsaved edits. Where an
 * edit changed the staffing, the service level is Erlang C at the new staffing (as the API's
 * evaluation computes it), so the chart follows the edit before it is saved. `dates` limits
 * the intervals to those local dates (one day, or the whole week).
 */
export function coverageOf(
  scenario: Scenario,
  group: GroupReport,
  schedule: Schedule,
  dates?: string[],
): CoveragePoint[] {
  const first = group.intervals[0];
  if (!first) return [];
  const answerGroup = scenario.answerGroups.find((candidate) => candidate.id === group.answerGroup);
  const scheduled = phoneAgentsPerInterval(
    schedule,
    group.answerGroup,
    first.start,
    group.intervals.length,
    scenario.intervalMinutes,
  );
  const points: CoveragePoint[] = [];
  group.intervals.forEach((interval, t) => {
    if (dates && !dates.includes(interval.start.slice(0, 10))) return;
    const agents = scheduled[t] ?? 0;
    let serviceLevel: number | null = null;
    if (interval.open) {
      serviceLevel =
        agents === interval.phoneAgents || !answerGroup
          ? interval.serviceLevel
          : staffedServiceLevel(agents, interval.calls, answerGroup.ahtSeconds, scenario);
    }
    points.push({
      start: interval.start,
      calls: interval.calls,
      open: interval.open,
      scheduled: agents,
      required: interval.requiredAgents,
      serviceLevel,
    });
  });
  return points;
}

function staffedServiceLevel(
  agents: number,
  calls: number,
  ahtSeconds: number,
  scenario: Scenario,
): number {
  if (calls <= 0) return 1;
  if (agents <= 0) return 0;
  const trafficErlangs = (calls * ahtSeconds) / (scenario.intervalMinutes * 60);
  return serviceLevelAt(
    agents,
    { trafficErlangs, ahtSeconds },
    scenario.serviceGoal.targetSeconds,
    null,
  );
}

/** Call-weighted service level of the open intervals, 1 without calls (as the report sums). */
export function callWeightedServiceLevel(points: CoveragePoint[]): number {
  let calls = 0;
  let answered = 0;
  for (const point of points) {
    if (!point.open || point.serviceLevel === null) continue;
    calls += point.calls;
    answered += point.calls * point.serviceLevel;
  }
  return calls > 0 ? answered / calls : 1;
}
