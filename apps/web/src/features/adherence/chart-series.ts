import { dateOfInterval, TIME_ZONE } from '../../lib/dates';
import { formatZonedIso } from '../schedules/zoned-time';
import type { PhoneInterval, TeamAdherence } from './types';
import type { TeamWeekGroup } from './week-table';

const MINUTE = 60_000;

/** The phone-staffing intervals' length, as the API counts them. */
export const PHONE_INTERVAL_MINUTES = 15;

export interface TeamDaySeries {
  team: TeamAdherence;
  /** Adherence on each shown date; null where the team had nothing counted. */
  adherence: (number | null)[];
}

/** One series per team of the week's table: its adherence day by day. */
export function teamDaySeries(groups: TeamWeekGroup[]): TeamDaySeries[] {
  return groups.map(({ team, days }) => ({
    team,
    adherence: days.map((day) => day?.adherence ?? null),
  }));
}

/** The dates that have phone staffing to show, in order. */
export function phoneDays(intervals: PhoneInterval[]): string[] {
  return [...new Set(intervals.map((interval) => dateOfInterval(interval.start)))].sort();
}

export interface PhoneStaffing {
  /** Local start of each interval, "08:15". */
  times: string[];
  /** Agents scheduled on the phone, on average over the interval. */
  scheduled: number[];
  /** Agents ready, talking or in wrap-up, on average. */
  phone: number[];
}

/**
 * Scheduled against actual phone agents through one day, interval by interval from its first
 * to its last. The API leaves out intervals with neither; they are zeros here, so a line drops
 * to nothing rather than skipping over the gap.
 */
export function phoneStaffingOn(
  intervals: PhoneInterval[],
  date: string,
  timeZone: string = TIME_ZONE,
): PhoneStaffing {
  const byStart = new Map(
    intervals
      .filter((interval) => dateOfInterval(interval.start) === date)
      .map((interval) => [Date.parse(interval.start), interval]),
  );
  const staffing: PhoneStaffing = { times: [], scheduled: [], phone: [] };
  if (byStart.size === 0) return staffing;
  const first = Math.min(...byStart.keys());
  const last = Math.max(...byStart.keys());
  for (let start = first; start <= last; start += PHONE_INTERVAL_MINUTES * MINUTE) {
    const interval = byStart.get(start);
    staffing.times.push(formatZonedIso(start, timeZone).slice(11, 16));
    staffing.scheduled.push(interval?.scheduledAgents ?? 0);
    staffing.phone.push(interval?.phoneAgents ?? 0);
  }
  return staffing;
}

/**
 * Agent hours the phones lacked against the schedule: in each interval the agents scheduled
 * but not on the phone. Agents on the phone beyond the schedule do not make up for others
 * missing at another time, as the calls then went unanswered.
 */
export function phoneShortfallHours(staffing: PhoneStaffing): number {
  const agentIntervals = staffing.scheduled.reduce(
    (sum, scheduled, index) => sum + Math.max(0, scheduled - (staffing.phone[index] ?? 0)),
    0,
  );
  return (agentIntervals * PHONE_INTERVAL_MINUTES) / 60;
}
