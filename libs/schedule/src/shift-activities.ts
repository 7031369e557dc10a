import { formatLocalIso } from '@bemanna/calendar';
import type { ShiftLayout } from './break-placement';
import type { Activity, ActivityType, Scenario } from './types';
import type { WeekGrid } from './week-grid';

const MINUTE_MS = 60_000;

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
 * make one activity, so the activities cover the shift without gaps or overlaps. A lunch or
 * break shorter than its intervals (`pauseSlots`) lasts its own minutes from the start of its
 * intervals, and the agent works the rest: on the phone activity that follows, while its group
 * is open, else backoffice.
 */
export function activitiesOfLabels(
  scenario: Scenario,
  grid: WeekGrid,
  first: number,
  labels: IntervalLabel[],
): Activity[] {
  const iso = (ms: number) => formatLocalIso(ms, grid.timeZone);
  const at = (offset: number) => grid.weekStartMs + (first + offset) * grid.intervalMs;
  const pauseMs: Partial<Record<ActivityType, number>> = {
    lunch: scenario.rules.lunchMinutes * MINUTE_MS,
    break: scenario.rules.breakMinutes * MINUTE_MS,
  };
  const activities: Activity[] = [];
  const push = (type: ActivityType, fromMs: number, toMs: number, group: number) =>
    activities.push({
      type,
      start: iso(fromMs),
      end: iso(toMs),
      ...(type === 'phone' ? { answerGroup: scenario.answerGroups[group]!.id } : {}),
    });
  let from = 0;
  let fromMs = at(0);
  for (let offset = 1; offset <= labels.length; offset++) {
    const label = labels[from]!;
    const next = labels[offset];
    if (next && next.type === label.type && next.group === label.group) continue;
    const toMs = at(offset);
    const ownMs = pauseMs[label.type];
    if (next && ownMs !== undefined && fromMs + ownMs < toMs) {
      push(label.type, fromMs, fromMs + ownMs, -1);
      const carried = next.type === 'phone' && grid.open[next.group]![first + offset - 1] === 1;
      if (carried || next.type === 'backoffice') fromMs += ownMs;
      else {
        push('backoffice', fromMs + ownMs, toMs, -1);
        fromMs = toMs;
      }
    } else {
      push(label.type, fromMs, toMs, label.group);
      fromMs = toMs;
    }
    from = offset;
  }
  return activities;
}
