import { lunchWindow, type ShiftLayout } from './break-placement';
import { concaveHullSegments } from './concave-hull';
import { type Highs, MipModel } from './mip-model';
import type { PlannedShift, Roster } from './roster';

/** A pause of a shift's chain: break, lunch, break (or fewer), in that order. */
interface PauseSlot {
  kind: 'break' | 'lunch';
  length: number;
}

/** The pauses every rule-keeping layout of a shift holds, in order of time. */
function pauseChain(roster: Roster, hasLunch: boolean): PauseSlot[] {
  const { rules, intervalMinutes } = roster.context.scenario;
  const breakSlot: PauseSlot = { kind: 'break', length: rules.breakMinutes / intervalMinutes };
  const lunchSlot: PauseSlot = { kind: 'lunch', length: rules.lunchMinutes / intervalMinutes };
  if (!hasLunch) return breakSlot.length > 0 ? [breakSlot] : [];
  return breakSlot.length > 0 ? [breakSlot, lunchSlot, breakSlot] : [lunchSlot];
}

/**
 * Offsets each pause of the chain may start at in a shift of `length` intervals: work of 1 to
 * `maxWork` intervals before the first, between consecutive pauses and after the last; the
 * lunch inside its window; none over the meeting. This is exactly what `placeBreaks` builds
 * and `checkRules` accepts. Offsets that cannot be part of a whole chain are dropped.
 */
function pauseDomains(
  roster: Roster,
  chain: PauseSlot[],
  length: number,
  meeting: { offset: number; length: number } | null,
): number[][] {
  const { rules, intervalMinutes } = roster.context.scenario;
  const maxWork = Math.floor(rules.maxWorkWithoutBreakMinutes / intervalMinutes);
  const window = lunchWindow(roster.context.scenario, length);
  const allowed = chain.map((slot) => {
    const ok = new Uint8Array(length);
    for (let o = 0; o + slot.length <= length; o++) {
      if (slot.kind === 'lunch' && (o < window.first || o > window.last)) continue;
      if (meeting && o < meeting.offset + meeting.length && meeting.offset < o + slot.length)
        continue;
      ok[o] = 1;
    }
    return ok;
  });
  const gapFits = (gap: number) => gap >= 1 && gap <= maxWork;
  const forward = chain.map(() => new Uint8Array(length));
  chain.forEach((_, i) => {
    for (let o = 0; o < length; o++) {
      if (!allowed[i]![o]) continue;
      if (i === 0) forward[i]![o] = gapFits(o) ? 1 : 0;
      else {
        const previous = chain[i - 1]!;
        for (let p = 0; p < o && !forward[i]![o]; p++)
          if (forward[i - 1]![p] && gapFits(o - p - previous.length)) forward[i]![o] = 1;
      }
    }
  });
  const domains: number[][] = chain.map(() => []);
  const backward = chain.map(() => new Uint8Array(length));
  for (let i = chain.length - 1; i >= 0; i--) {
    const slot = chain[i]!;
    for (let o = 0; o < length; o++) {
      if (!forward[i]![o]) continue;
      if (i === chain.length - 1) backward[i]![o] = gapFits(length - o - slot.length) ? 1 : 0;
      else {
        for (let q = o + 1; q < length && !backward[i]![o]; q++)
          if (backward[i + 1]![q] && gapFits(q - o - slot.length)) backward[i]![o] = 1;
      }
      if (backward[i]![o]) domains[i]!.push(o);
    }
  }
  return domains;
}

/** Agents of one skill set with the same shift (type and meeting): interchangeable today. */
interface ShiftClass {
  set: number;
  shift: PlannedShift;
  agents: number[];
  chain: PauseSlot[];
  domains: number[][];
  /** Per chain slot, per domain entry: the MIP column counting agents pausing there. */
  columns: number[][];
}

/**
 * Re-places the lunches and breaks of everyone working `day` at once, by a small MIP, with
 * every shift's start and length kept.
 *
 * Why: the local search moves one shift's pauses at a time. With Erlang C an interval left
 * below its group's traffic answers nothing in time, so once breaks pile into an interval,
 * moving any one of them out gains nothing and the pile stays (the demo's Monday: breaks of
 * 35 agents at 09:45). Here they move together.
 *
 * Model: agents with the same skill set and shift form a class; per class and pause, integer
 * counts of agents pausing at each offset. Counts decompose into individual rule-keeping
 * layouts because the k-th earliest break, lunch and break of a class pair up: the gap
 * between consecutive pauses lies in [lo, hi] for every pair exactly when the cumulative
 * counts satisfy cum_next(x) <= cum_prev(x - lo) and cum_prev(x) <= cum_next(x + hi) for all
 * x. Service value per group and interval: the Erlang C cliff (a binary: queue stable or not)
 * plus the concave hull above it, exact at integer staffing where the curve is concave
 * there; multi-skilled agents are given to their groups in whole numbers. The current layouts
 * are the MIP start, so HiGHS never returns worse by its model; the change is applied only
 * when the roster's own (exact) objective does not fall. Returns the change in objective.
 */
export function optimiseDayPauses(
  highs: Highs,
  roster: Roster,
  day: number,
  timeLimitSeconds: number,
): number {
  const { context } = roster;
  const { scenario, grid, table, skillSets, setOfAgent, catalogue } = context;
  const { rules, intervalMinutes } = scenario;
  const maxWork = Math.floor(rules.maxWorkWithoutBreakMinutes / intervalMinutes);
  const dayFrom = grid.dayStart[day]!;
  const span = grid.dayStart[day + 1]! - dayFrom;
  const classes = new Map<string, ShiftClass>();
  roster.plans.forEach((week, a) => {
    const shift = week[day];
    if (!shift) return;
    const k = setOfAgent[a]!;
    const key = `${k}:${shift.type}:${shift.layout.meeting}`;
    const known = classes.get(key);
    if (known) known.agents.push(a);
    else classes.set(key, { set: k, shift, agents: [a], chain: [], domains: [], columns: [] });
  });
  if (classes.size === 0) return 0;

  const model = new MipModel();
  const start: number[] = [];
  const column = (upper: number, cost: number, integer: boolean, value: number) => {
    start.push(value);
    return model.addColumn(0, upper, cost, integer);
  };
  // Per set and interval of the day: agents on shift outside meetings, and the pause columns
  // that take one of them off the phone.
  const onShift = skillSets.map(() => new Float64Array(span));
  const pausing = skillSets.map(() => Array.from({ length: span }, () => [] as number[]));

  for (const shiftClass of classes.values()) {
    const type = catalogue.types[shiftClass.shift.type]!;
    const { layout } = shiftClass.shift;
    const meeting =
      layout.meeting >= 0 ? { offset: layout.meeting, length: layout.meetingLength } : null;
    const n = shiftClass.agents.length;
    for (let offset = 0; offset < type.length; offset++) {
      if (meeting && offset >= meeting.offset && offset < meeting.offset + meeting.length) continue;
      onShift[shiftClass.set]![type.start - dayFrom + offset]! += n;
    }
    shiftClass.chain = pauseChain(roster, type.hasLunch);
    shiftClass.domains = pauseDomains(roster, shiftClass.chain, type.length, meeting);
    // Each agent's own layout, counted per pause and offset: the MIP start.
    const current = shiftClass.chain.map(() => new Map<number, number>());
    for (const a of shiftClass.agents) {
      currentOffsets(shiftClass.chain, roster.plans[a]![day]!.layout).forEach((offset, i) => {
        current[i]!.set(offset, (current[i]!.get(offset) ?? 0) + 1);
      });
    }
    shiftClass.columns = shiftClass.chain.map((slot, i) => {
      const counts = current[i]!;
      const columns = shiftClass.domains[i]!.map((offset) => {
        const x = column(n, 0, true, counts.get(offset) ?? 0);
        for (let o = offset; o < offset + slot.length; o++)
          pausing[shiftClass.set]![type.start - dayFrom + o]!.push(x);
        return x;
      });
      model.addRow(new Map(columns.map((x) => [x, 1])), n, n);
      return columns;
    });
    // Consecutive pauses pair up in order: cumulative counts bound each other.
    for (let i = 0; i + 1 < shiftClass.chain.length; i++) {
      const lo = shiftClass.chain[i]!.length + 1;
      const hi = shiftClass.chain[i]!.length + maxWork;
      const cumulative = (slot: number, upTo: number, sign: number) =>
        shiftClass.domains[slot]!.flatMap((offset, j) =>
          offset <= upTo ? [[shiftClass.columns[slot]![j]!, sign] as [number, number]] : [],
        );
      for (const x of shiftClass.domains[i + 1]!)
        model.addRow(
          new Map([...cumulative(i + 1, x, 1), ...cumulative(i, x - lo, -1)]),
          -Infinity,
          0,
        );
      for (const x of shiftClass.domains[i]!)
        model.addRow(
          new Map([...cumulative(i, x, 1), ...cumulative(i + 1, x + hi, -1)]),
          -Infinity,
          0,
        );
    }
  }

  // Staffing per group and interval: single-skill sets' phone agents, and what multi-skill
  // sets give the group (continuous, at most their phone agents).
  const groupCount = scenario.answerGroups.length;
  for (let i = 0; i < span; i++) {
    const t = dayFrom + i;
    const counted = (g: number) => table.answeredWithinTarget[g]![t] !== null;
    const allocation = roster.allocationBySet(t);
    const constant = new Float64Array(groupCount);
    const staffTerms: Map<number, number>[] = scenario.answerGroups.map(() => new Map());
    const reach = new Float64Array(groupCount);
    skillSets.forEach((set, k) => {
      const agents = onShift[k]![i]!;
      if (agents === 0) return;
      const groups = set.groups.filter(counted);
      if (groups.length === 0) return;
      if (set.groups.length === 1) {
        const g = set.groups[0]!;
        constant[g]! += agents;
        reach[g]! += agents;
        for (const x of pausing[k]![i]!) addTerm(staffTerms[g]!, x, -1);
        return;
      }
      const share = new Map<number, number>();
      for (const g of groups) {
        const a = column(agents, 0, true, allocation[k]![g]!);
        share.set(a, 1);
        addTerm(staffTerms[g]!, a, 1);
        reach[g]! += agents;
      }
      for (const x of pausing[k]![i]!) addTerm(share, x, 1);
      model.addRow(share, -Infinity, agents);
    });
    const staffing = roster.allocationAt(t);
    for (let g = 0; g < groupCount; g++) {
      const curve = table.answeredWithinTarget[g]![t];
      const stable = table.stableAgents[g]![t]!;
      if (!curve || reach[g]! < stable || stable >= curve.length) continue;
      const top = Math.min(curve.length - 1, reach[g]!);
      const now = staffing[g]!;
      // value = curve[stable] z + hull above the cliff; staffing >= stable z + sum u.
      const z = column(1, curve[stable]!, true, now >= stable ? 1 : 0);
      const row = new Map(staffTerms[g]!);
      for (const [x, c] of row) row.set(x, -c);
      row.set(z, stable);
      let used = stable;
      for (const segment of concaveHullSegments(curve.subarray(stable, top + 1))) {
        if (segment.slope <= 1e-9) break;
        const fill = now >= stable ? Math.max(0, Math.min(segment.width, now - used)) : 0;
        const u = column(segment.width, segment.slope, false, fill);
        used += segment.width;
        row.set(u, 1);
        model.addRow(
          new Map([
            [u, 1],
            [z, -segment.width],
          ]),
          -Infinity,
          0,
        );
      }
      model.addRow(row, -Infinity, constant[g]!);
    }
  }

  const solution = model.maximise(highs, {
    timeLimitSeconds,
    start: Float64Array.from(start),
  });
  if (!solution) return 0;

  // Counts back to agents: the k-th earliest of each pause goes to the class's k-th agent.
  const changes: { a: number; old: PlannedShift; next: PlannedShift }[] = [];
  for (const shiftClass of classes.values()) {
    const offsets = shiftClass.chain.map((_, i) => {
      const list: number[] = [];
      shiftClass.domains[i]!.forEach((offset, j) => {
        const count = Math.round(solution.values[shiftClass.columns[i]![j]!]!);
        for (let c = 0; c < count; c++) list.push(offset);
      });
      return list;
    });
    if (offsets.some((list) => list.length !== shiftClass.agents.length)) return 0;
    shiftClass.agents.forEach((a, index) => {
      const old = roster.plans[a]![day]!;
      const layout: ShiftLayout = { ...old.layout, lunch: -1, breaks: [] };
      shiftClass.chain.forEach((slot, i) => {
        if (slot.kind === 'lunch') layout.lunch = offsets[i]![index]!;
        else layout.breaks.push(offsets[i]![index]!);
      });
      changes.push({ a, old, next: { type: old.type, layout } });
    });
  }
  let delta = 0;
  for (const { a, next } of changes) delta += roster.replace(a, [{ day, shift: next }]);
  if (delta < -1e-9) {
    for (const { a, old } of changes) roster.replace(a, [{ day, shift: old }]);
    return 0;
  }
  return delta;
}

function addTerm(terms: Map<number, number>, column: number, coefficient: number): void {
  terms.set(column, (terms.get(column) ?? 0) + coefficient);
}

/** A layout's pause offsets in chain order. */
function currentOffsets(chain: PauseSlot[], layout: ShiftLayout): number[] {
  let nextBreak = 0;
  return chain.map((slot) => (slot.kind === 'lunch' ? layout.lunch : layout.breaks[nextBreak++]!));
}
