import { addLocalDays, localDateOf } from '@bemanna/calendar';
import { type Scenario, type Schedule, type Shift, shiftPaidMinutes } from '@bemanna/schedule';
import { isAwayOn, type ScenarioAbsence, wholeDaySpan } from './scenario-builder';

/** The local date a shift starts on: the day it belongs to, as absences count days. */
export function shiftDate(shift: Shift, timeZone: string): string {
  return localDateOf(Date.parse(shift.start), timeZone);
}

/** Whether `absence` takes `shift`: the same agent, away the day the shift starts. */
export function takes(absence: ScenarioAbsence, shift: Shift, timeZone: string): boolean {
  return absence.agentId === shift.agentId && isAwayOn(absence, shiftDate(shift, timeZone));
}

/**
 * The version as the week now stands: the shifts of agents on the days they are away are gone,
 * every day of the week they are away is unavailable to them (days off too, as in a week
 * generated with the absence known, so nobody offers them an extra shift), their contract for
 * the week is what their remaining shifts were meant to give (less the paid minutes lost, so
 * the rest still meets it), and an agent whose lost shift held the team meeting is excused from
 * it. The result keeps every rule the version kept; it is what a planner edits to win the lost
 * service back.
 */
export function applyAbsences(
  scenario: Scenario,
  schedule: Schedule,
  absences: readonly ScenarioAbsence[],
): { scenario: Scenario; schedule: Schedule; lost: number } {
  const timeZone = scenario.timezone;
  const awayOn = (shift: Shift) => absences.some((absence) => takes(absence, shift, timeZone));
  const lostShifts = schedule.shifts.filter(awayOn);
  const next: Scenario = structuredClone(scenario);
  const weekDates = [0, 1, 2, 3, 4, 5, 6].map((day) => addLocalDays(scenario.weekStart, day));
  for (const agent of next.agents) {
    const awayDays = weekDates.filter((date) =>
      absences.some((absence) => absence.agentId === agent.id && isAwayOn(absence, date)),
    );
    const known = new Set((agent.unavailable ?? []).map((span) => span.start));
    const spans = awayDays
      .map((date) => wholeDaySpan(date, timeZone))
      .filter((span) => !known.has(span.start));
    if (spans.length > 0) agent.unavailable = [...(agent.unavailable ?? []), ...spans];
    const lost = lostShifts.filter((shift) => shift.agentId === agent.id);
    if (lost.length === 0) continue;
    // Overtime was never part of the contract, so losing it leaves the contract as it was.
    const lostMinutes = lost
      .filter((shift) => !shift.overtime)
      .reduce((sum, shift) => sum + shiftPaidMinutes(shift), 0);
    agent.contractMinutesPerWeek = Math.max(0, agent.contractMinutesPerWeek - lostMinutes);
    const missesMeeting = lost.some((shift) =>
      shift.activities.some((activity) => activity.type === 'meeting'),
    );
    const meeting = next.meetings?.find((m) => m.teamId === agent.teamId);
    if (missesMeeting && meeting) meeting.excused = [...(meeting.excused ?? []), agent.id];
  }
  return {
    scenario: next,
    schedule: { shifts: schedule.shifts.filter((shift) => !awayOn(shift)) },
    lost: lostShifts.length,
  };
}
