import { weekIsFeasible } from './agent-week';
import { placeBreaks, type ShiftLayout } from './break-placement';
import {
  applyMeetingMove,
  type Change,
  relayout as relayoutShift,
  undoMeetingMove,
} from './meeting-moves';
import { intervalAtLocalMinute } from './week-grid';
import type { MeetingSlot, PlannedShift, Roster } from './roster';
import { describeShift } from './shift-types';

export interface SearchOptions {
  /** Stop when this returns true (checked every few hundred moves). */
  shouldStop: (iteration: number) => boolean;
  /** Fraction of the search done, 0..1, for the cooling schedule. */
  progress: (iteration: number) => number;
  random: () => number;
  /** Share of the search (0..1) that scores with hull-smoothed curves; default 0.5. */
  smoothingShare?: number;
  /** Called now and then with the best objective so far. */
  onImprovement?: (objective: number) => void;
}

/**
 * Improves a roster by simulated annealing over moves that keep every rule:
 * move a shift's start, move a shift to a day off, swap or change shift lengths (contract
 * kept), re-place a shift's lunch and breaks where they cost the least, move a team meeting
 * (members' shifts follow), and swap two interchangeable agents' shifts (fairness and
 * preferences). Each move is scored by `Roster.replace`, which looks up only the intervals it
 * touches in the Erlang C tables. The temperature falls geometrically from about 1% of an
 * interval's calls to nearly nothing, so the search ends as a pure hill climb; the best
 * roster seen is restored at the end. Returns the number of moves tried.
 */
export function improveRoster(roster: Roster, options: SearchOptions): number {
  const { context } = roster;
  const { scenario, catalogue, grid } = context;
  const { random } = options;
  const agents = scenario.agents.flatMap((agent, a) =>
    agent.contractMinutesPerWeek > 0 ? [a] : [],
  );
  if (agents.length === 0) return 0;
  let countedIntervals = 0;
  for (const calls of context.table.calls) for (const c of calls) if (c > 0) countedIntervals++;
  const startTemperature =
    countedIntervals > 0 ? (0.01 * context.table.totalCalls) / countedIntervals : 0.01;
  const endTemperature = startTemperature * 1e-4;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

  let best = roster.objective;
  let bestPlans = roster.plans.map((week) => [...week]);
  let bestMeetings = roster.meetings.map((slot) => ({ ...slot }));

  const relayout = (a: number, s: number, layout: ShiftLayout | null) =>
    relayoutShift(roster, a, s, layout);

  /** Applies changes for one agent when they keep the rules; returns the delta or null. */
  const tryChanges = (a: number, changes: Change[]): number | null => {
    const week = [...roster.plans[a]!];
    for (const { day, shift } of changes) week[day] = shift;
    if (!weekIsFeasible(roster, a, week)) return null;
    return roster.replace(a, changes);
  };
  const undo = (a: number, changes: Change[], old: (PlannedShift | null)[]) => {
    roster.replace(
      a,
      changes.map(({ day }) => ({ day, shift: old[day]! })),
    );
  };

  const workedDays = (a: number) => roster.plans[a]!.flatMap((shift, day) => (shift ? [day] : []));

  /** Same day and length, start moved by a few granularity steps. */
  const moveStart = (a: number): Change[] | null => {
    const days = workedDays(a);
    if (days.length === 0) return null;
    const day = pick(days);
    const shift = roster.plans[a]![day]!;
    const type = catalogue.types[shift.type]!;
    const same = catalogue.byDayAndLength[day]![type.lengthIndex]!;
    const position = same.indexOf(shift.type);
    const step = Math.max(1, Math.round(Math.abs(gaussian()) * 2)) * (random() < 0.5 ? -1 : 1);
    const s = same[position + step];
    if (s === undefined) return null;
    const moved = relayout(a, s, shift.layout);
    return moved ? [{ day, shift: moved }] : null;
  };
  const gaussian = () => (random() + random() + random() - 1.5) * 2;

  /** A worked day's shift moved to a day off, same length, at the same or a random time. */
  const moveDay = (a: number): Change[] | null => {
    const days = workedDays(a);
    const off = [0, 1, 2, 3, 4, 5, 6].filter((d) => !roster.plans[a]![d]);
    if (days.length === 0 || off.length === 0) return null;
    const from = pick(days);
    const to = pick(off);
    const shift = roster.plans[a]![from]!;
    const type = catalogue.types[shift.type]!;
    const candidates = catalogue.byDayAndLength[to]![type.lengthIndex]!;
    if (candidates.length === 0) return null;
    const sameTime = candidates.find(
      (s) => grid.minuteOfDay[catalogue.types[s]!.start] === grid.minuteOfDay[type.start],
    );
    const s = random() < 0.5 && sameTime !== undefined ? sameTime : pick(candidates);
    const moved = relayout(a, s, null);
    return moved
      ? [
          { day: from, shift: null },
          { day: to, shift: moved },
        ]
      : null;
  };

  /** Two worked days swap lengths, or one day takes another allowed length. */
  const changeLength = (a: number): Change[] | null => {
    const days = workedDays(a);
    if (days.length === 0) return null;
    const resize = (day: number, lengthIndex: number): PlannedShift | null => {
      const shift = roster.plans[a]![day]!;
      const type = catalogue.types[shift.type]!;
      const candidates = catalogue.byDayAndLength[day]![lengthIndex]!;
      if (candidates.length === 0) return null;
      // Keep the middle of the shift where it was.
      const middle = type.start + type.length / 2;
      let bestS = candidates[0]!;
      for (const s of candidates) {
        const c = catalogue.types[s]!;
        if (
          Math.abs(c.start + c.length / 2 - middle) <
          Math.abs(catalogue.types[bestS]!.start + catalogue.types[bestS]!.length / 2 - middle)
        )
          bestS = s;
      }
      return relayout(a, bestS, null);
    };
    if (days.length >= 2 && random() < 0.5) {
      const d1 = pick(days);
      const d2 = pick(days);
      const l1 = catalogue.types[roster.plans[a]![d1]!.type]!.lengthIndex;
      const l2 = catalogue.types[roster.plans[a]![d2]!.type]!.lengthIndex;
      if (l1 === l2) return null;
      const s1 = resize(d1, l2);
      const s2 = resize(d2, l1);
      return s1 && s2
        ? [
            { day: d1, shift: s1 },
            { day: d2, shift: s2 },
          ]
        : null;
    }
    const day = pick(days);
    const resized = resize(day, Math.floor(random() * scenario.rules.shiftLengthsMinutes.length));
    if (!resized || days.length < 2 || random() < 0.3)
      return resized ? [{ day, shift: resized }] : null;
    // Move paid time between days: another day changes length by the opposite amount, so
    // part-timers can lengthen a busy day and shorten a quiet one within their contract.
    const paidOf = (s: number) => catalogue.types[s]!.paidMinutes;
    const change = paidOf(resized.type) - paidOf(roster.plans[a]![day]!.type);
    const other = pick(days.filter((d) => d !== day));
    const otherPaid = paidOf(roster.plans[a]![other]!.type);
    // A day whose whole shift is the difference is dropped; a shortened day's minutes may
    // become a new shift on a day off. Both change the number of working days.
    if (otherPaid === change) {
      return [
        { day, shift: resized },
        { day: other, shift: null },
      ];
    }
    const lengthPaying = (paid: number) =>
      scenario.rules.shiftLengthsMinutes.findIndex(
        (minutes) => describeShift(scenario, minutes).paidMinutes === paid,
      );
    const off = [0, 1, 2, 3, 4, 5, 6].filter((d) => !roster.plans[a]![d]);
    const extra = change < 0 ? lengthPaying(-change) : -1;
    if (extra >= 0 && off.length > 0 && random() < 0.5) {
      const to = pick(off);
      const candidates = catalogue.byDayAndLength[to]![extra]!;
      const added = candidates.length > 0 ? relayout(a, pick(candidates), null) : null;
      if (added) {
        return [
          { day, shift: resized },
          { day: to, shift: added },
        ];
      }
    }
    const counter = lengthPaying(otherPaid - change);
    if (counter < 0) return [{ day, shift: resized }];
    const balanced = resize(other, counter);
    return balanced
      ? [
          { day, shift: resized },
          { day: other, shift: balanced },
        ]
      : [{ day, shift: resized }];
  };

  /** Lunch and breaks re-placed where the agent's phone time is worth least. */
  const relocatePauses = (a: number, chosenDay?: number): boolean => {
    const days = workedDays(a);
    if (days.length === 0) return false;
    const day = chosenDay ?? pick(days);
    const old = roster.plans[a]![day]!;
    const type = catalogue.types[old.type]!;
    const k = context.setOfAgent[a]!;
    const before = roster.objective;
    roster.replace(a, [{ day, shift: null }]);
    const gains = new Float64Array(type.length);
    for (let offset = 0; offset < type.length; offset++) {
      const t = type.start + offset;
      roster.present[k]![t]!++;
      gains[offset] = roster.intervalValue(t) - roster.value[t]!;
      roster.present[k]![t]!--;
    }
    const block =
      old.layout.meeting >= 0
        ? { offset: old.layout.meeting, length: old.layout.meetingLength }
        : null;
    const layout = placeBreaks(
      scenario,
      type.length,
      type.hasLunch,
      block,
      (offset) => gains[offset]!,
    );
    roster.replace(a, [{ day, shift: layout ? { type: old.type, layout } : old }]);
    if (roster.objective < before - 1e-9) {
      roster.replace(a, [{ day, shift: old }]);
      return false;
    }
    return true;
  };

  /**
   * A team meeting moved a few intervals within its day, or to the same time on another day.
   * Members' shifts slide the least distance that covers it; a member who does not work the
   * new day brings the shift of the old meeting day along; the old day's shift drops its
   * meeting.
   */
  const moveMeeting = (temperature: number): void => {
    if (roster.meetings.length === 0) return;
    const m = Math.floor(random() * roster.meetings.length);
    const slot = roster.meetings[m]!;
    let next: MeetingSlot;
    if (random() < 0.3) {
      const day = Math.floor(random() * 7);
      const start = intervalAtLocalMinute(grid, day, grid.minuteOfDay[slot.start]!);
      if (day === slot.day || start < 0) return;
      next = { day, start };
    } else {
      const step = Math.max(1, Math.round(Math.abs(gaussian()) * 2)) * (random() < 0.5 ? -1 : 1);
      next = { day: slot.day, start: slot.start + step };
    }
    const tried = applyMeetingMove(roster, m, next);
    if (tried && !accept(tried.delta, temperature)) undoMeetingMove(roster, tried.move);
  };

  /** Two agents with the same skills trade their shifts of one day (fairness, preferences). */
  const swapAgents = (temperature: number): void => {
    const a = pick(agents);
    const k = context.setOfAgent[a]!;
    const peers = context.skillSets[k]!.agents;
    const b = pick(peers);
    if (a === b || scenario.agents[b]!.contractMinutesPerWeek <= 0) return;
    const day = Math.floor(random() * 7);
    const sa = roster.plans[a]![day] ?? null;
    const sb = roster.plans[b]![day] ?? null;
    if (!sa && !sb) return;
    const forA = sb ? relayout(a, sb.type, sb.layout) : null;
    const forB = sa ? relayout(b, sa.type, sa.layout) : null;
    if ((sb && !forA) || (sa && !forB)) return;
    const weekA = [...roster.plans[a]!];
    const weekB = [...roster.plans[b]!];
    weekA[day] = forA;
    weekB[day] = forB;
    if (!weekIsFeasible(roster, a, weekA) || !weekIsFeasible(roster, b, weekB)) return;
    const delta =
      roster.replace(a, [{ day, shift: forA }]) + roster.replace(b, [{ day, shift: forB }]);
    if (!accept(delta, temperature)) {
      roster.replace(a, [{ day, shift: sa }]);
      roster.replace(b, [{ day, shift: sb }]);
    }
  };

  const accept = (delta: number, temperature: number) =>
    delta >= -1e-12 || (temperature > 0 && random() < Math.exp(delta / temperature));

  /** Every shift's pauses re-placed in turn: cheap, and it spreads breaks that start centred. */
  const sweepPauses = () => {
    for (const a of agents) for (const day of workedDays(a)) relocatePauses(a, day);
  };

  // The first part of the search scores with hull-blended curves, in ten falling steps.
  const share = options.smoothingShare ?? 0.5;
  const smoothingAt = (fraction: number) =>
    share > 0 ? Math.max(0, Math.ceil(10 * (1 - fraction / share)) / 10) : 0;
  roster.setSmoothing(smoothingAt(0));
  best = roster.smoothing === 0 ? roster.objective : Number.NEGATIVE_INFINITY;
  sweepPauses();
  let iteration = 0;
  for (; !options.shouldStop(iteration); iteration++) {
    const fraction = Math.min(1, options.progress(iteration));
    if ((iteration & 255) === 0 && smoothingAt(fraction) !== roster.smoothing) {
      roster.setSmoothing(smoothingAt(fraction));
      sweepPauses();
      if (roster.smoothing === 0) best = Number.NEGATIVE_INFINITY;
    }
    const temperature = startTemperature * (endTemperature / startTemperature) ** fraction;
    const dice = random();
    if (dice < 0.02) moveMeeting(temperature);
    else if (dice < 0.16) swapAgents(temperature);
    else if (dice < 0.3) relocatePauses(pick(agents));
    else {
      const a = pick(agents);
      const old = [...roster.plans[a]!];
      const changes = dice < 0.7 ? moveStart(a) : dice < 0.85 ? moveDay(a) : changeLength(a);
      if (changes) {
        const delta = tryChanges(a, changes);
        if (delta !== null && !accept(delta, temperature)) undo(a, changes, old);
      }
    }
    if (roster.smoothing === 0 && roster.objective > best + 1e-9) {
      best = roster.objective;
      bestPlans = roster.plans.map((week) => [...week]);
      bestMeetings = roster.meetings.map((slot) => ({ ...slot }));
      options.onImprovement?.(best);
    }
  }
  if (roster.smoothing !== 0) {
    // Stopped while still smoothing: the current roster is the answer.
    roster.setSmoothing(0);
    bestPlans = roster.plans.map((week) => [...week]);
    bestMeetings = roster.meetings.map((slot) => ({ ...slot }));
  }
  bestPlans.forEach((week, a) => {
    roster.plans[a]!.splice(0, 7, ...week);
  });
  bestMeetings.forEach((slot, m) => {
    roster.meetings[m] = slot;
  });
  roster.recomputeAll();
  sweepPauses();
  sweepPauses();
  return iteration;
}
