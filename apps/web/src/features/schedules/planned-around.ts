import type { Scenario } from './types';

/**
 * What a week was planned around, read from its scenario: how many agents had days they could
 * not work (registered absences, or employment starting or ending that week; not the
 * `closedDays`, holidays when the centre is closed to everyone), and who was excused from the
 * team meeting, by name, because they were away the day their team could meet.
 */
export function plannedAround(
  scenario: Scenario,
  closedDays: readonly { date: string }[] = [],
): {
  agentsWithDaysOff: number;
  excused: string[];
} {
  const names = new Map(scenario.agents.map((agent) => [agent.id, agent.name]));
  const closed = new Set(closedDays.map((day) => day.date));
  return {
    agentsWithDaysOff: scenario.agents.filter((agent) =>
      (agent.unavailable ?? []).some((span) => !closed.has(span.start.slice(0, 10))),
    ).length,
    excused: (scenario.meetings ?? []).flatMap((meeting) =>
      (meeting.excused ?? []).map((id) => names.get(id) ?? id),
    ),
  };
}
