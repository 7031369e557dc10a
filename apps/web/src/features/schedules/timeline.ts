import { TIME_ZONE } from '../../lib/dates';
import type { Activity, ActivityType, BrokenRule, Schedule, ScheduleEdit, Shift } from './types';
import { formatZonedIso, minutesOfClock, zonedInstant } from './zoned-time';

/*
 * The week as a timeline: days side by side, x in pixels from the week's left edge. Positions
 * come from instants, not from wall-clock text, so a shift keeps its true length on the
 * 23- and 25-hour DST Sundays; a day's column shows the wall-clock window [from, to) of that
 * date, which on a whole-day view is 23 or 25 hours wide.
 */

const MINUTE = 60_000;

/** The wall-clock part of each day shown, minutes after 00:00 (0 to 1440 is the whole day). */
export interface TimeWindow {
  fromMinutes: number;
  toMinutes: number;
}

export interface DayColumn {
  date: string;
  /** Left edge in pixels. */
  x: number;
  width: number;
  /** Instants of the window's start and end on this date. */
  startMs: number;
  endMs: number;
}

export interface HourTick {
  x: number;
  /** Local hour, "08"; an hour repeats on the 25-hour day and one is missing on the 23-hour. */
  label: string;
}

export interface Segment {
  x: number;
  width: number;
}

export interface ActivityBar extends Segment {
  activity: Activity;
}

export interface ShiftBar extends Segment {
  /** Index in schedule.shifts; broken rules name shifts by it ($.shifts[3]). */
  index: number;
  shift: Shift;
  date: string;
  activities: ActivityBar[];
}

/** Columns of consecutive days, `gap` pixels apart. */
export function layoutDays(
  dates: string[],
  window: TimeWindow,
  pixelsPerMinute: number,
  gap = 0,
  timeZone: string = TIME_ZONE,
): DayColumn[] {
  let x = 0;
  return dates.map((date) => {
    const startMs = zonedInstant(date, window.fromMinutes, timeZone);
    const endMs = zonedInstant(date, window.toMinutes, timeZone);
    const width = ((endMs - startMs) / MINUTE) * pixelsPerMinute;
    const column = { date, x, width, startMs, endMs };
    x += width + gap;
    return column;
  });
}

/** Total width of the columns. */
export function timelineWidth(columns: DayColumn[]): number {
  const last = columns[columns.length - 1];
  return last ? last.x + last.width : 0;
}

/** The part of [startMs, endMs) inside a column, in pixels; null when none of it is. */
export function segmentIn(
  column: DayColumn,
  startMs: number,
  endMs: number,
  pixelsPerMinute: number,
): Segment | null {
  const from = Math.max(startMs, column.startMs);
  const to = Math.min(endMs, column.endMs);
  if (to <= from) return null;
  return {
    x: column.x + ((from - column.startMs) / MINUTE) * pixelsPerMinute,
    width: ((to - from) / MINUTE) * pixelsPerMinute,
  };
}

/** One tick per elapsed hour of each column, labelled with the local hour. */
export function hourTicks(
  columns: DayColumn[],
  pixelsPerMinute: number,
  timeZone: string = TIME_ZONE,
): HourTick[] {
  const ticks: HourTick[] = [];
  for (const column of columns) {
    // Windows start on the hour; stepping by elapsed hours repeats or skips a label on DST days.
    for (let at = column.startMs; at < column.endMs; at += 60 * MINUTE) {
      ticks.push({
        x: column.x + ((at - column.startMs) / MINUTE) * pixelsPerMinute,
        label: formatZonedIso(at, timeZone).slice(11, 13),
      });
    }
  }
  return ticks;
}

/** Local date a shift starts on, as the API names shifts in edits. */
export function shiftDate(shift: Shift, timeZone: string = TIME_ZONE): string {
  const instant = Date.parse(shift.start);
  return formatZonedIso(instant, timeZone).slice(0, 10);
}

/** Index in schedule.shifts of the agent's shift starting on the date, -1 without one. */
export function shiftIndexOn(
  schedule: Schedule,
  { agentId, date }: { agentId: string; date: string },
  timeZone: string = TIME_ZONE,
): number {
  return schedule.shifts.findIndex(
    (shift) => shift.agentId === agentId && shiftDate(shift, timeZone) === date,
  );
}

/** Every shift of the schedule that shows in the columns, with its activities, by agent. */
export function shiftBars(
  schedule: Schedule,
  columns: DayColumn[],
  pixelsPerMinute: number,
  timeZone: string = TIME_ZONE,
): Map<string, ShiftBar[]> {
  const byAgent = new Map<string, ShiftBar[]>();
  schedule.shifts.forEach((shift, index) => {
    const date = shiftDate(shift, timeZone);
    const column = columns.find((candidate) => candidate.date === date);
    if (!column) return;
    const bar = segmentIn(column, Date.parse(shift.start), Date.parse(shift.end), pixelsPerMinute);
    if (!bar) return;
    const activities: ActivityBar[] = [];
    for (const activity of shift.activities) {
      const segment = segmentIn(
        column,
        Date.parse(activity.start),
        Date.parse(activity.end),
        pixelsPerMinute,
      );
      if (segment) activities.push({ ...segment, activity });
    }
    const bars = byAgent.get(shift.agentId) ?? [];
    bars.push({ ...bar, index, shift, date, activities });
    byAgent.set(shift.agentId, bars);
  });
  return byAgent;
}

/** A pointer's movement in pixels as whole steps of `stepMinutes` (15: the start granularity). */
export function snapMinutes(deltaPixels: number, pixelsPerMinute: number, stepMinutes = 15) {
  const steps = Math.round(deltaPixels / pixelsPerMinute / stepMinutes);
  // Math.round gives -0 for small leftward moves; a move of "-0 minutes" is no move.
  return steps === 0 ? 0 : steps * stepMinutes;
}

/** Limits a move so the shift stays within [fromMs, toMs) (its own day: edits name the date). */
export function clampMove(shift: Shift, deltaMinutes: number, fromMs: number, toMs: number) {
  const start = Date.parse(shift.start);
  const end = Date.parse(shift.end);
  const earliest = Math.ceil((fromMs - start) / MINUTE);
  const latest = Math.floor((toMs - end) / MINUTE);
  return Math.min(Math.max(deltaMinutes, Math.min(0, earliest)), Math.max(0, latest));
}

/** Limits a change of the end so the shift keeps at least `minimumMinutes` and ends by toMs. */
export function clampResize(shift: Shift, deltaMinutes: number, toMs: number, minimumMinutes = 15) {
  const start = Date.parse(shift.start);
  const end = Date.parse(shift.end);
  const shortest = Math.ceil((start + minimumMinutes * MINUTE - end) / MINUTE);
  const longest = Math.floor((toMs - end) / MINUTE);
  return Math.min(Math.max(deltaMinutes, shortest), Math.max(0, longest));
}

const shifted = (iso: string, minutes: number, timeZone: string) =>
  formatZonedIso(Date.parse(iso) + minutes * MINUTE, timeZone);

/** The edit that moves a shift, with everything in it, by whole minutes. */
export function moveEdit(
  shift: Shift,
  deltaMinutes: number,
  timeZone: string = TIME_ZONE,
): ScheduleEdit {
  return {
    type: 'move',
    agentId: shift.agentId,
    date: shiftDate(shift, timeZone),
    start: shifted(shift.start, deltaMinutes, timeZone),
  };
}

/** The edit that moves a shift's end by whole minutes (its last activity stretches or shrinks). */
export function resizeEdit(
  shift: Shift,
  deltaMinutes: number,
  timeZone: string = TIME_ZONE,
): ScheduleEdit {
  return {
    type: 'resize',
    agentId: shift.agentId,
    date: shiftDate(shift, timeZone),
    end: shifted(shift.end, deltaMinutes, timeZone),
  };
}

/**
 * A move or resize applied to a copy of the schedule, as the API applies it, so the timeline
 * shows the edit at once while the dry run checks it. Other edit types are the API's alone:
 * they show when the dry run's edited schedule does.
 */
export function applyEdit(
  schedule: Schedule,
  edit: ScheduleEdit,
  timeZone: string = TIME_ZONE,
): Schedule {
  const at = shiftIndexOn(schedule, edit, timeZone);
  const shift = schedule.shifts[at];
  if (!shift) return schedule;
  let next: Shift = shift;
  if (edit.type === 'move' && edit.start) {
    const delta = (Date.parse(edit.start) - Date.parse(shift.start)) / MINUTE;
    const by = (iso: string) => shifted(iso, delta, timeZone);
    next = {
      ...shift,
      start: by(shift.start),
      end: by(shift.end),
      activities: shift.activities.map((a) => ({ ...a, start: by(a.start), end: by(a.end) })),
    };
  } else if (edit.type === 'resize') {
    const start = edit.start ? Date.parse(edit.start) : Date.parse(shift.start);
    const end = edit.end ? Date.parse(edit.end) : Date.parse(shift.end);
    const kept = shift.activities
      .filter((a) => Date.parse(a.end) > start && Date.parse(a.start) < end)
      .map((a) => ({ ...a }));
    const first = kept[0];
    const last = kept[kept.length - 1];
    if (!first || !last || end <= start) return schedule;
    first.start = formatZonedIso(start, timeZone);
    last.end = formatZonedIso(end, timeZone);
    next = { ...shift, start: first.start, end: last.end, activities: kept };
  } else {
    return schedule;
  }
  const shifts = schedule.shifts.slice();
  shifts[at] = next;
  return { shifts };
}

/** Edits applied in order. */
export function applyEdits(
  schedule: Schedule,
  edits: ScheduleEdit[],
  timeZone: string = TIME_ZONE,
): Schedule {
  return edits.reduce((current, edit) => applyEdit(current, edit, timeZone), schedule);
}

/** Broken rules by the shift they name ($.shifts[3] or deeper) and, without one, by agent. */
export function brokenRulesByPlace(brokenRules: BrokenRule[]): {
  byShift: Map<number, BrokenRule[]>;
  byAgent: Map<string, BrokenRule[]>;
} {
  const byShift = new Map<number, BrokenRule[]>();
  const byAgent = new Map<string, BrokenRule[]>();
  for (const broken of brokenRules) {
    const index = /^\$\.shifts\[(\d+)\]/.exec(broken.path ?? '')?.[1];
    if (index !== undefined) {
      const key = Number(index);
      byShift.set(key, [...(byShift.get(key) ?? []), broken]);
    } else if (broken.agentId) {
      byAgent.set(broken.agentId, [...(byAgent.get(broken.agentId) ?? []), broken]);
    }
  }
  return { byShift, byAgent };
}

/** Activity colours: phone by answer group (a colour per group), the rest by type. */
const GROUP_COLOURS = ['#1e6ebe', '#2e9d5b', '#0e7490', '#7c3aed', '#a16207', '#be185d', '#4d7c0f'];
export const ACTIVITY_COLOURS: Record<Exclude<ActivityType, 'phone'>, string> = {
  break: '#f2c94c',
  lunch: '#f2994a',
  meeting: '#9b51e0',
  training: '#56ccf2',
  backoffice: '#9aa5b1',
};

/** Every activity type: phone, the work the forecast asks for, first. */
export const ACTIVITY_TYPES: ActivityType[] = [
  'phone',
  ...(Object.keys(ACTIVITY_COLOURS) as (keyof typeof ACTIVITY_COLOURS)[]),
];

export function groupColour(groupIndex: number): string {
  return GROUP_COLOURS[groupIndex % GROUP_COLOURS.length] as string;
}

/** Backoffice for a written queue (e-mail, web forms): work the planner placed on purpose. */
export const WRITTEN_COLOUR = '#5b7083';

export function activityColour(activity: Activity, groupIds: string[]): string {
  if (activity.writtenQueue) return WRITTEN_COLOUR;
  if (activity.type !== 'phone') return ACTIVITY_COLOURS[activity.type];
  return groupColour(Math.max(0, groupIds.indexOf(activity.answerGroup ?? '')));
}

/**
 * Adds an edit to the unsaved ones. A move after a move of the same shift (or a new end after a
 * new end) replaces the earlier one: the API applies each to the saved shift's successor, so
 * the result is the same, the payload stays one edit per drag target, and a shortened shift
 * lengthened again gets back the activities the shortening dropped.
 */
export function addEdit(edits: ScheduleEdit[], edit: ScheduleEdit): ScheduleEdit[] {
  const last = edits[edits.length - 1];
  const sameTarget =
    last !== undefined &&
    last.type === edit.type &&
    last.agentId === edit.agentId &&
    last.date === edit.date &&
    (edit.type === 'move' || (edit.type === 'resize' && edit.start === undefined));
  return sameTarget ? [...edits.slice(0, -1), edit] : [...edits, edit];
}

/** The wall-clock window to show: an hour either side of the rules' working day. */
export function windowOfRules(rules: { earliestStart: string; latestEnd: string }): TimeWindow {
  const from = Math.floor(minutesOfClock(rules.earliestStart) / 60) * 60 - 60;
  const to = Math.ceil(minutesOfClock(rules.latestEnd) / 60) * 60 + 60;
  return { fromMinutes: Math.max(0, from), toMinutes: Math.min(24 * 60, to) };
}
