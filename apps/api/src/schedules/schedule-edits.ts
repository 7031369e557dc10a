import { localDateOf } from '@bemanna/calendar';
import {
  type Activity,
  type ActivityType,
  layOutShift,
  type Scenario,
  type Schedule,
  type Shift,
  ShiftLayoutError,
} from '@bemanna/schedule';
import { formatZonedIso } from '../history/zoned-time';

/**
 * A planner's hand edit of one shift, named by agent and the local date it starts:
 * - `move`: the whole shift with its activities to a new start;
 * - `resize`: new start and/or end; the first and last activities stretch or shrink, and
 *   activities left outside are dropped;
 * - `swap`: the two agents' shifts that day change hands (one may have none);
 * - `changeActivity`: [start, end) inside the shift becomes `activity` (e.g. a break moved,
 *   training instead of phone), cutting what was there;
 * - `remove`: the shift is deleted;
 * - `add`: a new shift on a day the agent has none, its lunch, breaks and phone laid out by
 *   `layOutShift` where they serve the rest of the week best (covering a gap after sick leave).
 */
export type ScheduleEdit =
  | { type: 'move'; agentId: string; date: string; start: string }
  | { type: 'resize'; agentId: string; date: string; start?: string; end?: string }
  | { type: 'swap'; agentId: string; date: string; otherAgentId: string }
  | {
      type: 'changeActivity';
      agentId: string;
      date: string;
      start: string;
      end: string;
      activity: ActivityType;
      answerGroup?: string;
      /** Backoffice only: the written queue worked. */
      writtenQueue?: string;
    }
  | { type: 'remove'; agentId: string; date: string }
  | {
      type: 'add';
      agentId: string;
      date: string;
      start: string;
      end: string;
      /** Paid beyond the contract (mertid or övertid). */
      overtime?: boolean;
    };

/** An edit that cannot be applied at all (no such shift, times outside it); `index` is the edit's. */
export class EditError extends Error {
  override readonly name = 'EditError';
  constructor(
    readonly index: number,
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

const ms = (iso: string) => Date.parse(iso);

function findShift(shifts: Shift[], agentId: string, date: string, timeZone: string): number {
  return shifts.findIndex(
    (shift) => shift.agentId === agentId && localDateOf(ms(shift.start), timeZone) === date,
  );
}

/**
 * Applies edits in order to a copy of the scenario's schedule; the original is not changed.
 * Whether the result keeps the rules is for evaluateSchedule to say: edits are applied as
 * asked, so the planner sees which rules they would break. Cost: O(edits x shifts), and an
 * `add` builds the week's Erlang C table (O(groups x intervals x agents)).
 */
export function applyEdits(
  scenario: Scenario,
  schedule: Schedule,
  edits: ScheduleEdit[],
): Schedule {
  const timeZone = scenario.timezone;
  const shifts: Shift[] = structuredClone(schedule.shifts);
  const iso = (instant: number) => formatZonedIso(instant, timeZone);
  edits.forEach((edit, index) => {
    const at = findShift(shifts, edit.agentId, edit.date, timeZone);
    const shift = shifts[at];
    if (edit.type !== 'swap' && edit.type !== 'add' && !shift) {
      throw new EditError(index, 'date', `${edit.agentId} has no shift starting on ${edit.date}`);
    }
    switch (edit.type) {
      case 'move': {
        const current = shift as Shift;
        const delta = ms(edit.start) - ms(current.start);
        const shiftBy = (value: string) => iso(ms(value) + delta);
        shifts[at] = {
          ...current,
          start: shiftBy(current.start),
          end: shiftBy(current.end),
          activities: current.activities.map((activity) => ({
            ...activity,
            start: shiftBy(activity.start),
            end: shiftBy(activity.end),
          })),
        };
        break;
      }
      case 'resize': {
        const current = shift as Shift;
        const start = edit.start !== undefined ? ms(edit.start) : ms(current.start);
        const end = edit.end !== undefined ? ms(edit.end) : ms(current.end);
        if (end <= start) throw new EditError(index, 'end', 'end must be after start');
        const kept = current.activities
          .filter((activity) => ms(activity.end) > start && ms(activity.start) < end)
          .map((activity) => ({ ...activity }));
        const first = kept[0];
        const last = kept[kept.length - 1];
        if (!first || !last) {
          throw new EditError(index, 'start', 'the new times leave nothing of the shift');
        }
        first.start = iso(start);
        last.end = iso(end);
        shifts[at] = { ...current, start: iso(start), end: iso(end), activities: kept };
        break;
      }
      case 'swap': {
        const other = findShift(shifts, edit.otherAgentId, edit.date, timeZone);
        if (at < 0 && other < 0) {
          throw new EditError(
            index,
            'date',
            `neither ${edit.agentId} nor ${edit.otherAgentId} has a shift on ${edit.date}`,
          );
        }
        if (at >= 0) shifts[at] = { ...(shifts[at] as Shift), agentId: edit.otherAgentId };
        if (other >= 0) shifts[other] = { ...(shifts[other] as Shift), agentId: edit.agentId };
        break;
      }
      case 'changeActivity': {
        const current = shift as Shift;
        const start = ms(edit.start);
        const end = ms(edit.end);
        if (end <= start) throw new EditError(index, 'end', 'end must be after start');
        if (start < ms(current.start) || end > ms(current.end)) {
          throw new EditError(
            index,
            'start',
            `${edit.start}–${edit.end} is not inside the shift ${current.start}–${current.end}`,
          );
        }
        const activities: Activity[] = [];
        for (const activity of current.activities) {
          const from = ms(activity.start);
          const to = ms(activity.end);
          if (from < start) activities.push({ ...activity, end: iso(Math.min(to, start)) });
          if (to > end) activities.push({ ...activity, start: iso(Math.max(from, end)) });
        }
        activities.push({
          type: edit.activity,
          start: iso(start),
          end: iso(end),
          ...(edit.activity === 'phone' && edit.answerGroup
            ? { answerGroup: edit.answerGroup }
            : {}),
          ...(edit.activity === 'backoffice' && edit.writtenQueue
            ? { writtenQueue: edit.writtenQueue }
            : {}),
        });
        activities.sort((a, b) => ms(a.start) - ms(b.start));
        shifts[at] = { ...current, activities };
        break;
      }
      case 'remove':
        shifts.splice(at, 1);
        break;
      case 'add':
        if (shift) {
          throw new EditError(index, 'date', `${edit.agentId} already has a shift on ${edit.date}`);
        }
        if (localDateOf(ms(edit.start), timeZone) !== edit.date) {
          throw new EditError(index, 'start', `${edit.start} does not start on ${edit.date}`);
        }
        try {
          const added = layOutShift(scenario, { shifts }, edit);
          shifts.push(edit.overtime ? { ...added, overtime: true } : added);
        } catch (error) {
          if (error instanceof ShiftLayoutError)
            throw new EditError(index, error.field, error.message);
          throw error;
        }
        break;
    }
  });
  return { shifts };
}
