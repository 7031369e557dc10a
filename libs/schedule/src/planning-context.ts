import { buildServiceLevelTable, type ServiceLevelTable } from './service-level-table';
import { buildShiftCatalogue, type ShiftCatalogue } from './shift-types';
import { type SkillSet, skillSetsOf } from './skill-sets';
import type { Agent, Scenario, TeamMeeting } from './types';
import { parseInstant } from './validate-scenario';
import { buildWeekGrid, type WeekGrid } from './week-grid';
import { type PauseSlots, pauseSlots } from './pause-slots';

/** Everything derived once from a scenario that the LP, the construction and the search share. */
export interface PlanningContext {
  scenario: Scenario;
  grid: WeekGrid;
  table: ServiceLevelTable;
  catalogue: ShiftCatalogue;
  skillSets: SkillSet[];
  setOfAgent: number[];
  /**
   * Per agent, prefix counts of blocked intervals (unavailable, or within the daily rest of a
   * shift in the week before or after): shift [s, e) is free when equal at s and e.
   */
  blockedPrefix: Int32Array[];
  /** Per agent, the weekly meeting (extension) that agent must attend, or null. */
  meetingOf: ({ team: number; length: number } | null)[];
  /** Per team in `meetingTeams`, the agents who attend its meeting. */
  meetingMembers: number[][];
  /** Team ids with a meeting, in `scenario.meetings` order. */
  meetingTeams: string[];
  pauseSlots: PauseSlots;
}

export function buildPlanningContext(scenario: Scenario): PlanningContext {
  const grid = buildWeekGrid(scenario);
  const { sets, setOfAgent } = skillSetsOf(scenario);
  const restMs = scenario.rules.minDailyRestMinutes * 60_000;
  const blockedPrefix = scenario.agents.map((agent) => {
    const blocked = new Uint8Array(grid.size);
    const spans = (agent.unavailable ?? []).map((span): [number, number] => [
      parseInstant(span.start),
      parseInstant(span.end),
    ]);
    if (agent.previousShiftEnd !== undefined)
      spans.push([grid.weekStartMs, parseInstant(agent.previousShiftEnd) + restMs]);
    if (agent.nextShiftStart !== undefined)
      spans.push([parseInstant(agent.nextShiftStart) - restMs, grid.weekEndMs]);
    for (const [startMs, endMs] of spans) {
      const from = Math.floor((startMs - grid.weekStartMs) / grid.intervalMs);
      const to = Math.ceil((endMs - grid.weekStartMs) / grid.intervalMs);
      for (let t = Math.max(0, from); t < Math.min(grid.size, to); t++) blocked[t] = 1;
    }
    const prefix = new Int32Array(grid.size + 1);
    for (let t = 0; t < grid.size; t++) prefix[t + 1] = prefix[t]! + blocked[t]!;
    return prefix;
  });
  const meetings = scenario.meetings ?? [];
  const meetingTeams = meetings.map((m) => m.teamId);
  const meetingOf = scenario.agents.map((agent) => {
    const team = meetings.findIndex((meeting) => attendsMeeting(agent, meeting));
    if (team < 0) return null;
    return { team, length: meetings[team]!.durationMinutes / scenario.intervalMinutes };
  });
  const meetingMembers = meetingTeams.map((_, m) =>
    meetingOf.flatMap((meeting, a) => (meeting?.team === m ? [a] : [])),
  );
  return {
    scenario,
    grid,
    table: buildServiceLevelTable(scenario, grid),
    catalogue: buildShiftCatalogue(scenario, grid),
    skillSets: sets,
    setOfAgent,
    blockedPrefix,
    meetingOf,
    meetingMembers,
    meetingTeams,
    pauseSlots: pauseSlots(scenario),
  };
}

/** Whether agent `a` is free for the whole of intervals [from, to). */
export function isFree(context: PlanningContext, a: number, from: number, to: number): boolean {
  const prefix = context.blockedPrefix[a]!;
  return prefix[from] === prefix[to];
}

/** Whether agent `a` is free for some shift of length index `l` on `day`. */
export function isFreeFor(context: PlanningContext, a: number, day: number, l: number): boolean {
  const { types, byDayAndLength } = context.catalogue;
  return byDayAndLength[day]![l]!.some((s) =>
    isFree(context, a, types[s]!.start, types[s]!.start + types[s]!.length),
  );
}

/** Whether team meeting `m` (in `meetingTeams` order) may be held on `day` (0 = Monday). */
export function meetingAllowedOn(context: PlanningContext, m: number, day: number): boolean {
  const weekdays = context.scenario.meetings?.[m]?.weekdays;
  return !weekdays || weekdays.includes(day);
}

/** Whether `agent` must attend `meeting`: a team member working that week and not excused. */
export function attendsMeeting(agent: Agent, meeting: TeamMeeting): boolean {
  return (
    agent.teamId === meeting.teamId &&
    agent.contractMinutesPerWeek > 0 &&
    !meeting.excused?.includes(agent.id)
  );
}
