import { isFree } from './planning-context';
import type { PlannedShift, Roster } from './roster';

/**
 * Whether one agent's week keeps every rule that spans shifts: days per week, contract
 * minutes within tolerance, daily rest between consecutive shifts, one unbroken weekly rest
 * (the week's start and end bound the first and last rest), unavailability, and attendance of
 * the team meeting. Rules inside a shift hold by construction (the shift catalogue and
 * `placeBreaks`). Real time is interval index times interval length, DST included.
 * Cost O(7).
 */
export function weekIsFeasible(
  roster: Roster,
  a: number,
  week: readonly (PlannedShift | null)[],
): boolean {
  const { context } = roster;
  const { rules, intervalMinutes } = context.scenario;
  const agent = context.scenario.agents[a]!;
  let days = 0;
  let paidMinutes = 0;
  let restFrom = 0;
  let longestRest = 0;
  for (const shift of week) {
    if (!shift) continue;
    const type = roster.shiftTypeOf(shift);
    days++;
    paidMinutes += type.paidMinutes;
    if (!isFree(context, a, type.start, type.start + type.length)) return false;
    const rest = (type.start - restFrom) * intervalMinutes;
    if (days > 1 && rest < rules.minDailyRestMinutes) return false;
    longestRest = Math.max(longestRest, rest);
    restFrom = type.start + type.length;
  }
  if (days > rules.maxDaysPerWeek) return false;
  if (Math.abs(paidMinutes - agent.contractMinutesPerWeek) > rules.contractToleranceMinutes)
    return false;
  longestRest = Math.max(longestRest, (context.grid.size - restFrom) * intervalMinutes);
  if (days > 0 && longestRest < rules.minWeeklyRestMinutes) return false;
  const meeting = context.meetingOf[a];
  if (meeting) {
    const slot = roster.meetings[meeting.team]!;
    const shift = week[slot.day];
    if (!shift) return false;
    const start = roster.shiftTypeOf(shift).start;
    if (
      shift.layout.meeting !== slot.start - start ||
      shift.layout.meetingLength !== meeting.length
    )
      return false;
  }
  return true;
}
