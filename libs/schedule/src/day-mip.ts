import type { ShiftLayout } from './break-placement';
import { concaveHullSegments } from './concave-hull';
import {
  type Highs,
  MipModel,
  type MipProblem,
  type MipSolution,
  maximiseProblem,
} from './mip-model';
import { weekIsFeasible } from './agent-week';
import { type PauseSlot, pairingRows, pauseChain, pauseDomains } from './pause-chain';
import { relayout } from './meeting-moves';
import { isFree } from './planning-context';
import type { PlannedShift, Roster } from './roster';

/** One shift an agent of a class may work today, with its pause columns. */
interface ShiftOption {
  type: number;
  meeting: { offset: number; length: number } | null;
  chain: PauseSlot[];
  domains: number[][];
  /** Per chain slot, per domain entry: the MIP column counting agents pausing there. */
  columns: number[][];
  /** Column counting the class's agents on this shift, or -1 when it is the only option. */
  count: number;
}

/** Agents of one skill set with the same shift options today: interchangeable. */
interface DayClass {
  set: number;
  agents: number[];
  options: ShiftOption[];
}

export interface DayMipOptions {
  timeLimitSeconds: number;
  /**
   * How far (in intervals) a shift's start may move, same length, keeping the agent's daily
   * and weekly rest, availability and meeting; 0 keeps every start.
   */
  startWindow: number;
}

/**
 * Re-plans everyone working `day` at once by a MIP: where each shift starts (within
 * `startWindow`, length kept) and where its lunch and breaks go.
 *
 * Why: the local search changes one shift at a time. With Erlang C an interval left below
 * its group's traffic answers nothing in time, so once breaks pile into an interval, moving
 * any one of them out gains nothing and the pile stays (the demo's Monday, before the exact
 * allocation: breaks of 35 agents at 09:45); and moving one start rarely pays when the
 * coverage of a whole peak has to shift. Here they move together.
 *
 * Model: agents with the same skill set and the same shift options form a class; per class
 * and option, an integer count of agents on it; per option and pause, integer counts of
 * agents pausing at each offset. Counts decompose into individual rule-keeping layouts
 * because the k-th earliest break, lunch and break of an option pair up: the gap between
 * consecutive pauses lies in [lo, hi] for every pair exactly when the cumulative counts
 * satisfy cum_next(x) <= cum_prev(x - lo) and cum_prev(x) <= cum_next(x + hi) for all x.
 * Service value per group and interval: the Erlang C cliff (a binary: queue stable or not)
 * plus the concave hull above it, exact at integer staffing where the curve is concave
 * there; multi-skilled agents are given to their groups in whole numbers. The current plan
 * is the MIP start, so HiGHS never returns worse by its model; the change is applied only
 * when the roster's own (exact) objective does not fall. Returns the change in objective.
 */
export function optimiseDay(
  highs: Highs,
  roster: Roster,
  day: number,
  options: DayMipOptions,
): number {
  const dayModel = buildDayModel(roster, day, options.startWindow);
  if (!dayModel) return 0;
  return dayModel.apply(
    maximiseProblem(highs, dayModel.problem, {
      timeLimitSeconds: options.timeLimitSeconds,
      start: dayModel.start,
    }),
  );
}

/**
 * `optimiseDay`'s model of `day` as the roster stands, and how to apply a solution of it;
 * null when nobody works that day. Solving may happen elsewhere (another thread) meanwhile,
 * as long as nothing changes that day before `apply`: other days' shifts do not enter it
 * when starts are kept (`startWindow` 0).
 */
export function buildDayModel(
  roster: Roster,
  day: number,
  startWindow: number,
): {
  problem: MipProblem;
  start: Float64Array;
  apply(solution: MipSolution | null): number;
} | null {
  const { context } = roster;
  const { scenario, grid, table, skillSets, setOfAgent, catalogue } = context;
  const dayFrom = grid.dayStart[day]!;
  const span = grid.dayStart[day + 1]! - dayFrom;
  const classes = new Map<string, DayClass>();
  roster.plans.forEach((week, a) => {
    const shift = week[day];
    if (!shift) return;
    const types = shiftOptions(roster, a, day, startWindow);
    const k = setOfAgent[a]!;
    const meeting = context.meetingOf[a];
    const slot =
      meeting && roster.meetings[meeting.team]!.day === day
        ? roster.meetings[meeting.team]!.start
        : -1;
    const key = `${k}:${slot}:${types.join(',')}`;
    const known = classes.get(key);
    if (known) known.agents.push(a);
    else {
      const meetingAt = (s: number) =>
        slot >= 0 ? { offset: slot - catalogue.types[s]!.start, length: meeting!.length } : null;
      classes.set(key, {
        set: k,
        agents: [a],
        options: types.map((s) => ({
          type: s,
          meeting: meetingAt(s),
          chain: [],
          domains: [],
          columns: [],
          count: -1,
        })),
      });
    }
  });
  if (classes.size === 0) return null;

  const model = new MipModel();
  const start: number[] = [];
  const column = (upper: number, cost: number, integer: boolean, value: number) => {
    start.push(value);
    return model.addColumn(0, upper, cost, integer);
  };
  // Per set and interval of the day: agents surely on shift outside meetings, the count
  // columns that may put agents there, the pause columns that take one off the phone, and
  // the most agents that could be there.
  const onShift = skillSets.map(() => new Float64Array(span));
  const shiftTerms = skillSets.map(() => Array.from({ length: span }, () => [] as number[]));
  const pausing = skillSets.map(() => Array.from({ length: span }, () => [] as number[]));
  const most = skillSets.map(() => new Float64Array(span));

  for (const dayClass of classes.values()) {
    const n = dayClass.agents.length;
    const k = dayClass.set;
    const covers = new Uint8Array(span);
    for (const option of dayClass.options) {
      const type = catalogue.types[option.type]!;
      const current = dayClass.agents.filter((a) => roster.plans[a]![day]!.type === option.type);
      if (dayClass.options.length > 1) option.count = column(n, 0, true, current.length);
      for (let offset = 0; offset < type.length; offset++) {
        const { meeting } = option;
        if (meeting && offset >= meeting.offset && offset < meeting.offset + meeting.length)
          continue;
        const i = type.start - dayFrom + offset;
        covers[i] = 1;
        if (option.count < 0) onShift[k]![i]! += n;
        else shiftTerms[k]![i]!.push(option.count);
      }
      option.chain = pauseChain(scenario, type.hasLunch);
      option.domains = pauseDomains(scenario, option.chain, type.length, option.meeting);
      // The agents' own layouts, counted per pause and offset: the MIP start.
      const now = option.chain.map(() => new Map<number, number>());
      for (const a of current) {
        currentOffsets(option.chain, roster.plans[a]![day]!.layout).forEach((offset, i) => {
          now[i]!.set(offset, (now[i]!.get(offset) ?? 0) + 1);
        });
      }
      option.columns = option.chain.map((slot, i) => {
        const columns = option.domains[i]!.map((offset) => {
          const x = column(n, 0, true, now[i]!.get(offset) ?? 0);
          for (let o = offset; o < offset + slot.length; o++)
            pausing[k]![type.start - dayFrom + o]!.push(x);
          return x;
        });
        const row = new Map(columns.map((x) => [x, 1]));
        if (option.count >= 0) row.set(option.count, -1);
        model.addRow(row, option.count >= 0 ? 0 : n, option.count >= 0 ? 0 : n);
        return columns;
      });
      // Consecutive pauses pair up in order: cumulative counts bound each other.
      for (const { plus, minus } of pairingRows(option.chain, option.domains, context.pauseSlots)) {
        const row = new Map<number, number>();
        for (const [i, j] of plus) addTerm(row, option.columns[i]![j]!, 1);
        for (const [i, j] of minus) addTerm(row, option.columns[i]![j]!, -1);
        model.addRow(row, -Infinity, 0);
      }
    }
    if (dayClass.options.length > 1)
      model.addRow(new Map(dayClass.options.map((option) => [option.count, 1])), n, n);
    for (let i = 0; i < span; i++) if (covers[i]) most[k]![i]! += n;
  }

  // Staffing per group and interval: single-skill sets' phone agents, and what multi-skill
  // sets give the group (whole agents, at most their phone agents).
  const groupCount = scenario.answerGroups.length;
  for (let i = 0; i < span; i++) {
    const t = dayFrom + i;
    const counted = (g: number) => table.answeredWithinTarget[g]![t] !== null;
    const allocation = roster.allocationBySet(t);
    const constant = new Float64Array(groupCount);
    const staffTerms: Map<number, number>[] = scenario.answerGroups.map(() => new Map());
    const reach = new Float64Array(groupCount);
    skillSets.forEach((set, k) => {
      const agents = most[k]![i]!;
      if (agents === 0) return;
      const groups = set.groups.filter(counted);
      if (groups.length === 0) return;
      if (set.groups.length === 1) {
        const g = set.groups[0]!;
        constant[g]! += onShift[k]![i]!;
        reach[g]! += agents;
        for (const y of shiftTerms[k]![i]!) addTerm(staffTerms[g]!, y, 1);
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
      for (const y of shiftTerms[k]![i]!) addTerm(share, y, -1);
      for (const x of pausing[k]![i]!) addTerm(share, x, 1);
      model.addRow(share, -Infinity, onShift[k]![i]!);
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

  return { problem: model.problem(), start: Float64Array.from(start), apply };

  function apply(solution: MipSolution | null): number {
    if (!solution) return 0;
    const countIn = (column: number) => Math.round(solution.values[column]!);

    // Counts back to agents: agents keep their shift where its count allows, the rest fill
    // the other options; on each option the k-th earliest of each pause goes to its k-th agent.
    const changes: { a: number; old: PlannedShift; next: PlannedShift }[] = [];
    for (const dayClass of classes.values()) {
      const n = dayClass.agents.length;
      const places = dayClass.options.map((option) =>
        option.count < 0 ? n : countIn(option.count),
      );
      if (places.reduce((x, y) => x + y, 0) !== n) return 0;
      const assigned: number[][] = dayClass.options.map(() => []);
      const waiting: number[] = [];
      for (const a of dayClass.agents) {
        const o = dayClass.options.findIndex(
          (option) => option.type === roster.plans[a]![day]!.type,
        );
        if (o >= 0 && assigned[o]!.length < places[o]!) assigned[o]!.push(a);
        else waiting.push(a);
      }
      dayClass.options.forEach((_, o) => {
        while (assigned[o]!.length < places[o]!) assigned[o]!.push(waiting.pop()!);
      });
      for (const [o, option] of dayClass.options.entries()) {
        const agents = assigned[o]!;
        const offsets = option.chain.map((_, i) => {
          const list: number[] = [];
          option.domains[i]!.forEach((offset, j) => {
            for (let c = countIn(option.columns[i]![j]!); c > 0; c--) list.push(offset);
          });
          return list;
        });
        if (offsets.some((list) => list.length !== agents.length)) return 0;
        agents.forEach((a, index) => {
          const layout: ShiftLayout = {
            lunch: -1,
            breaks: [],
            meeting: option.meeting?.offset ?? -1,
            meetingLength: option.meeting?.length ?? 0,
          };
          option.chain.forEach((slot, i) => {
            if (slot.kind === 'lunch') layout.lunch = offsets[i]![index]!;
            else layout.breaks.push(offsets[i]![index]!);
          });
          changes.push({ a, old: roster.plans[a]![day]!, next: { type: option.type, layout } });
        });
      }
    }
    let delta = 0;
    for (const { a, next } of changes) delta += roster.replace(a, [{ day, shift: next }]);
    if (delta < -1e-9) {
      for (const { a, old } of changes) roster.replace(a, [{ day, shift: old }]);
      return 0;
    }
    return delta;
  }
}

/**
 * Shift types agent `a` may work on `day` instead of the current one: same length, start
 * within `window` intervals, free, covering the team meeting when it is that day, and
 * keeping the week's rules (rest, days, contract). The current type is always first.
 */
function shiftOptions(roster: Roster, a: number, day: number, window: number): number[] {
  const { context } = roster;
  const { catalogue } = context;
  const current = roster.plans[a]![day]!;
  const type = catalogue.types[current.type]!;
  const options = [current.type];
  if (window <= 0) return options;
  const week = [...roster.plans[a]!];
  for (const s of catalogue.byDayAndLength[day]![type.lengthIndex]!) {
    const candidate = catalogue.types[s]!;
    if (s === current.type || Math.abs(candidate.start - type.start) > window) continue;
    if (!isFree(context, a, candidate.start, candidate.start + candidate.length)) continue;
    // Null when the shift would not cover the agent's meeting that day.
    const shift = relayout(roster, a, s, null);
    if (!shift) continue;
    week[day] = shift;
    if (weekIsFeasible(roster, a, week)) options.push(s);
  }
  return options;
}

function addTerm(terms: Map<number, number>, column: number, coefficient: number): void {
  terms.set(column, (terms.get(column) ?? 0) + coefficient);
}

/** A layout's pause offsets in chain order. */
function currentOffsets(chain: PauseSlot[], layout: ShiftLayout): number[] {
  let nextBreak = 0;
  return chain.map((slot) => (slot.kind === 'lunch' ? layout.lunch : layout.breaks[nextBreak++]!));
}
