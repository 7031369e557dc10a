import { weekIsFeasible } from './agent-week';
import { type FixedBlock, placeBreaks, type ShiftLayout } from './break-placement';
import { isFree, meetingAllowedOn } from './planning-context';
import type { MeetingSlot, PlannedShift, Roster } from './roster';

export type Change = { day: number; shift: PlannedShift | null };

/**
 * Agent `a`'s shift as catalogue type `s`: the same layout when it still fits around the
 * agent's team meeting (callers pass a layout only from a shift of the same length), else a
 * centred one; null when the meeting falls outside the shift or nothing fits.
 */
export function relayout(
  roster: Roster,
  a: number,
  s: number,
  layout: ShiftLayout | null,
): PlannedShift | null {
  const { context } = roster;
  const { scenario, catalogue, pauseSlots } = context;
  const type = catalogue.types[s]!;
  const meeting = context.meetingOf[a];
  let block: FixedBlock | null = null;
  if (meeting) {
    const slot = roster.meetings[meeting.team]!;
    if (slot.day === type.day) {
      if (slot.start < type.start || slot.start + meeting.length > type.start + type.length)
        return null;
      block = { offset: slot.start - type.start, length: meeting.length };
    }
  }
  const { lunchLength, breakLength } = pauseSlots;
  const clear = (from: number, span: number) =>
    !block || from + span <= block.offset || block.offset + block.length <= from;
  const keep =
    layout &&
    (layout.lunch < 0 || clear(layout.lunch, lunchLength)) &&
    layout.breaks.every((b) => clear(b, breakLength));
  if (keep)
    return {
      type: s,
      layout: { ...layout, meeting: block?.offset ?? -1, meetingLength: block?.length ?? 0 },
    };
  const fresh = placeBreaks(scenario, type.length, type.hasLunch, block, () => 0);
  return fresh ? { type: s, layout: fresh } : null;
}

/** A team meeting moved, with the members' shift changes that follow it. */
export interface MeetingMove {
  team: number;
  from: MeetingSlot;
  members: number[];
  changes: Change[][];
  /** The members' weeks before the move. */
  before: (PlannedShift | null)[][];
}

/**
 * Moves team `m`'s meeting to `next` when every member can follow: each member's shift slides
 * (same length) the least wall-clock distance that covers the meeting; a member who does not
 * work the new day brings the shift of the old meeting day along, and the old day's shift drops
 * its meeting. Applies it (the delta is the roster objective's change) or returns null with
 * nothing changed.
 */
export function applyMeetingMove(
  roster: Roster,
  m: number,
  next: MeetingSlot,
): { move: MeetingMove; delta: number } | null {
  const { context } = roster;
  const { catalogue, grid } = context;
  const members = context.meetingMembers[m]!;
  const slot = roster.meetings[m]!;
  if (members.length === 0 || !meetingAllowedOn(context, m, next.day)) return null;
  const length = context.meetingOf[members[0]!]!.length;
  roster.meetings[m] = next;
  const changes: Change[][] = [];
  for (const a of members) {
    const current = roster.plans[a]![next.day];
    const source = current ?? (next.day !== slot.day ? roster.plans[a]![slot.day] : null);
    if (!source) break;
    const type = catalogue.types[source.type]!;
    const covers = (c: number) => {
      const candidate = catalogue.types[c]!;
      return (
        candidate.start <= next.start && next.start + length <= candidate.start + candidate.length
      );
    };
    let s = current ? current.type : -1;
    if (s < 0 || !covers(s)) {
      const wall = grid.minuteOfDay[type.start]!;
      const distance = (c: number) => Math.abs(grid.minuteOfDay[catalogue.types[c]!.start]! - wall);
      s = -1;
      for (const c of catalogue.byDayAndLength[next.day]![type.lengthIndex]!) {
        const start = catalogue.types[c]!.start;
        if (!covers(c) || !isFree(context, a, start, start + type.length)) continue;
        if (s < 0 || distance(c) < distance(s)) s = c;
      }
      if (s < 0) break;
    }
    const moved = relayout(roster, a, s, current && s === current.type ? current.layout : null);
    if (!moved) break;
    const own: Change[] = [{ day: next.day, shift: moved }];
    if (next.day !== slot.day) {
      const previous = roster.plans[a]![slot.day];
      if (!current) own.push({ day: slot.day, shift: null });
      else if (previous) {
        const freed = relayout(roster, a, previous.type, previous.layout);
        if (!freed) break;
        own.push({ day: slot.day, shift: freed });
      }
    }
    const week = [...roster.plans[a]!];
    for (const change of own) week[change.day] = change.shift;
    if (!weekIsFeasible(roster, a, week)) break;
    changes.push(own);
  }
  if (changes.length < members.length) {
    roster.meetings[m] = slot;
    return null;
  }
  const before = members.map((a) => [...roster.plans[a]!]);
  let delta = 0;
  members.forEach((a, i) => {
    delta += roster.replace(a, changes[i]!);
  });
  return { move: { team: m, from: slot, members, changes, before }, delta };
}

/** Takes back a move made by `applyMeetingMove`. */
export function undoMeetingMove(roster: Roster, move: MeetingMove): void {
  roster.meetings[move.team] = move.from;
  move.members.forEach((a, i) => {
    roster.replace(
      a,
      move.changes[i]!.map(({ day }) => ({ day, shift: move.before[i]![day]! })),
    );
  });
}

/**
 * Every team meeting to the slot where it costs the least, tried exhaustively: each day and
 * each start (every `step` intervals) inside the shift window, scored exactly by the roster
 * with the members' shifts following (`applyMeetingMove`). Teams in turn, each given the
 * others' choice, for `rounds` rounds.
 *
 * Why: the quietest hour by calls alone is a poor guide. In a tight week a meeting mid-morning
 * takes a whole team off the phone at a busy hour, while one at the edge of opening hours
 * costs little; but an hour after closing makes every member start late, which empties the
 * morning. Only the roster's own score weighs both. Cost: days * starts / step * members
 * shift changes per team and round; `shouldStop` ends it early (the best slot found so far for
 * the team at hand is still taken).
 */
export function placeMeetingsWhereCheapest(
  roster: Roster,
  options: { step: number; rounds: number; shouldStop?: () => boolean },
): void {
  const { dayWindow } = roster.context.catalogue;
  const shouldStop = options.shouldStop ?? (() => false);
  for (let round = 0; round < options.rounds && !shouldStop(); round++) {
    let moved = false;
    roster.meetings.forEach((_, m) => {
      let best: { slot: MeetingSlot; delta: number } | null = null;
      for (const [day, window] of dayWindow.entries()) {
        if (!window) continue;
        for (let start = window.from; start < window.to && !shouldStop(); start += options.step) {
          const current = roster.meetings[m]!;
          if (current.day === day && current.start === start) continue;
          const tried = applyMeetingMove(roster, m, { day, start });
          if (!tried) continue;
          undoMeetingMove(roster, tried.move);
          if (tried.delta > 1e-9 && (!best || tried.delta > best.delta))
            best = { slot: { day, start }, delta: tried.delta };
        }
      }
      if (best && applyMeetingMove(roster, m, best.slot)) moved = true;
    });
    if (!moved) return;
  }
}
