import type { Scenario } from './types';
import { pauseSlots } from './pause-slots';

/** Where a shift's lunch, breaks and meeting sit, as interval offsets from the shift start (-1: none). */
export interface ShiftLayout {
  lunch: number;
  breaks: number[];
  meeting: number;
  meetingLength: number;
}

/**
 * Where a lunch may start in a shift of `length` intervals, as interval offsets from the shift
 * start: from 30% into the shift to where it ends at 70%, always with work before and after.
 * Bemanna's reading of "one unpaid lunch" (lunch in the middle of the day); `checkRules`
 * checks it.
 */
export function lunchWindow(scenario: Scenario, length: number): { first: number; last: number } {
  const { lunchLength } = pauseSlots(scenario);
  return {
    first: Math.max(1, Math.round(length * 0.3)),
    last: Math.min(length - lunchLength - 1, Math.round(length * 0.7) - lunchLength),
  };
}

/**
 * The fewest lunch and break intervals any rule-keeping layout must put where `inside(offset)`
 * holds: used to bound the phone time a shift can give while its groups are open.
 */
export function fewestPausesInside(
  scenario: Scenario,
  length: number,
  hasLunch: boolean,
  inside: (offset: number) => boolean,
): number {
  const layout = placeBreaks(scenario, length, hasLunch, null, (offset) =>
    inside(offset) ? 1 : 0,
  );
  if (!layout) return 0;
  const { lunchLength, breakLength } = pauseSlots(scenario);
  let count = 0;
  const countSpan = (from: number, span: number) => {
    for (let i = from; i < from + span; i++) if (inside(i)) count++;
  };
  if (layout.lunch >= 0) countSpan(layout.lunch, lunchLength);
  for (const b of layout.breaks) countSpan(b, breakLength);
  return count;
}

/** A fixed block inside the shift (the team meeting) that lunch and breaks must avoid. */
export interface FixedBlock {
  offset: number;
  length: number;
}

/**
 * Places lunch and paid breaks in a shift of `length` intervals where they cost the least.
 *
 * Placed so that `checkRules` holds: each part of the shift around the lunch holds exactly one
 * break, every stretch of work lasts from `minWork` to `maxWork` intervals (`pauseSlots`),
 * neither touches the meeting, and the lunch lies in its `lunchWindow`. `cost(offset)` is the
 * service lost when the agent leaves the phone in that interval of the shift; ties go to the
 * position nearest the middle, so a zero cost gives the classic centred layout. Cost O(length^2); returns null when no layout fits.
 */
export function placeBreaks(
  scenario: Scenario,
  length: number,
  hasLunch: boolean,
  meeting: FixedBlock | null,
  cost: (offset: number) => number,
): ShiftLayout | null {
  const { breakLength, lunchLength, minWork, maxWork } = pauseSlots(scenario);
  const meetingFree = (from: number, span: number) =>
    !meeting || from + span <= meeting.offset || meeting.offset + meeting.length <= from;
  const spanCost = (from: number, span: number) => {
    let sum = 0;
    for (let i = from; i < from + span; i++) sum += cost(i);
    return sum;
  };

  /** The cheapest break in the part [from, to), or null; `to - from` counts intervals. */
  const bestBreak = (from: number, to: number): { offset: number; cost: number } | null => {
    const fits = (work: number) => work >= minWork && work <= maxWork;
    if (breakLength === 0) return fits(to - from) ? { offset: -1, cost: 0 } : null;
    let best: { offset: number; cost: number } | null = null;
    const middle = (from + to - breakLength) / 2;
    for (let p = from + 1; p + breakLength < to; p++) {
      if (!fits(p - from) || !fits(to - p - breakLength) || !meetingFree(p, breakLength)) continue;
      const total = spanCost(p, breakLength) + 1e-9 * Math.abs(p - middle);
      if (!best || total < best.cost) best = { offset: p, cost: total };
    }
    return best;
  };

  if (!hasLunch) {
    const only = bestBreak(0, length);
    if (!only) return null;
    return {
      lunch: -1,
      breaks: only.offset >= 0 ? [only.offset] : [],
      meeting: meeting?.offset ?? -1,
      meetingLength: meeting?.length ?? 0,
    };
  }
  let best: { layout: ShiftLayout; cost: number } | null = null;
  const middle = (length - lunchLength) / 2;
  const { first, last } = lunchWindow(scenario, length);
  for (let o = first; o <= last; o++) {
    if (!meetingFree(o, lunchLength)) continue;
    const before = bestBreak(0, o);
    const after = bestBreak(o + lunchLength, length);
    if (!before || !after) continue;
    const total = spanCost(o, lunchLength) + before.cost + after.cost + 1e-9 * Math.abs(o - middle);
    if (!best || total < best.cost) {
      best = {
        cost: total,
        layout: {
          lunch: o,
          breaks: [before.offset, after.offset].filter((b) => b >= 0),
          meeting: meeting?.offset ?? -1,
          meetingLength: meeting?.length ?? 0,
        },
      };
    }
  }
  return best?.layout ?? null;
}
