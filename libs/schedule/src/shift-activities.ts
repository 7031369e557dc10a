import { formatLocalIso } from '@bemanna/calendar';
import type { ShiftLayout } from './break-placement';
import type { Activity, ActivityType, Scenario } from './types';
import type { WeekGrid } from './week-grid';

/** What an agent does in one interval of a shift; `group` indexes answer groups, -1 for none. */
export interface IntervalLabel {
  type: ActivityType;
  group: number;
}

/**
 * The pause (lunch, break or meeting) a layout puts at `offset` of its shift, or null when the
 * agent works then; lengths in intervals. On the search's hot path, so nothing is derived here.
 */
export function pauseAt(
  layout: ShiftLayout,
  offset: number,
  lunchLength: number,
  breakLength: number,
): ActivityType | null {
  if (layout.lunch >= 0 && offset >= layout.lunch && offset < layout.lunch + lunchLength)
    return 'lunch';
  if (layout.breaks.some((b) => offset >= b && offset < b + breakLength)) return 'break';
  if (
    layout.meeting >= 0 &&
    offset >= layout.meeting &&
    offset < layout.meeting + layout.meetingLength
  )
    return 'meeting';
  return null;
}

/**
 * A shift's activities from what the agent does in each of its intervals, from interval
 * `first` of the week on: consecutive intervals with the same activity (and, for phone, group)
 * make one activity, so the activities cover the shift without gaps or overlaps.
 */
export function activitiesOfLabels(
  scenario: Scenario,
  grid: WeekGrid,
  first: number,
  labels: IntervalLabel[],
): Activity[] {
  const iso = (t: number) => formatLocalIso(grid.weekStartMs + t * grid.intervalMs, grid.timeZone);
  const activities: Activity[] = [];
  let from = 0;
  for (let offset = 1; offset <= labels.length; offset++) {
    const label = labels[from]!;
    const next = labels[offset];
    if (next && next.type === label.type && next.group === label.group) continue;
    activities.push({
      type: label.type,
      start: iso(first + from),
      end: iso(first + offset),
      ...(label.type === 'phone' ? { answerGroup: scenario.answerGroups[label.group]!.id } : {}),
    });
    from = offset;
  }
  return activities;
}
