import { formatLocalIso } from '@bemanna/calendar';
import type { ShiftLayout } from './break-placement';
import { fairnessClasses } from './evaluate-schedule';
import { IntegerKeyCache } from './integer-key-cache';
import type { PlanningContext } from './planning-context';
import { type Allocation, type AllocationInput, PhoneAllocator } from './phone-allocation';
import { answeredAt } from './service-level-table';
import { activitiesOfLabels, type IntervalLabel, pauseAt } from './shift-activities';
import type { Schedule } from './types';

/** One named shift inside the optimiser: a catalogue shift type and where its pauses sit. */
export interface PlannedShift {
  /** Index into the shift catalogue (day, start, length). */
  type: number;
  layout: ShiftLayout;
}

/** A team meeting's day and start interval. */
export interface MeetingSlot {
  day: number;
  start: number;
}

/** Tie-break weights below service level, in answered-within-target calls (see `Roster`). */
export interface ObjectiveWeights {
  intervalBelowGoal: number;
  fairness: number;
  preference: number;
}

/** Multi-skill allocations the search remembers before it starts over. */
const ALLOCATIONS_CACHED = 500_000;

export const DEFAULT_WEIGHTS: ObjectiveWeights = {
  intervalBelowGoal: 0.02,
  fairness: 0.002,
  preference: 0.001,
};

/**
 * The optimiser's state: every agent's week (at most one shift per day) and the team
 * meetings, with phone agents per skill set and interval kept up to date so that a move is
 * scored by looking up only the intervals it touches.
 *
 * Objective (maximised): answered-within-target calls over the week (the call-weighted
 * service level times the week's calls), minus small tie-break weights for intervals below
 * goal, then for unfairness (per class of early, late and Friday shifts, the sum of squared
 * deviations of agents' counts from the mean), then for unmet preferences. The weights
 * are small enough that service level comes first in practice, as issue 6 orders them.
 *
 * Phone allocation: in each interval the phone agents of single-skill sets serve their group;
 * agents of multi-skill sets go where they answer the most calls in time (`PhoneAllocator`:
 * which groups to lift over their Erlang C cliff, then augmenting paths over concave gains).
 */
export class Roster {
  readonly plans: (PlannedShift | null)[][];
  readonly meetings: MeetingSlot[];
  /** Per skill set and interval: agents on the phone. */
  readonly present: Int16Array[];
  /** Per interval: its part of the objective. */
  readonly value: Float64Array;
  serviceValue = 0;
  penaltyValue = 0;
  private readonly classSums = new Float64Array(3);
  private readonly classSquares = new Float64Array(3);
  private unmetPreferences = 0;
  private readonly workingAgents: number;
  private readonly staffing: Int32Array;
  /** Per multi-skill set (in `multiSets` order), agents given to each group in the interval. */
  private readonly allocation: Int32Array[];
  private readonly singleSets: number[];
  private readonly multiSets: number[];
  private readonly touched: Int32Array;
  private touchedCount = 0;
  private readonly touchedMark: Uint8Array;
  /** Net change of phone agents per interval during one `replace`: unchanged ones are skipped. */
  private readonly netChange: Int16Array;
  private readonly allocator: PhoneAllocator;
  private readonly allocationInput: AllocationInput;
  private readonly allocationCache: IntegerKeyCache<Allocation>;
  /** The interval, then phone agents per group (single-skilled) and per multi-skill set. */
  private readonly allocationKey: Int32Array;
  /** Curves the search scores with: the Erlang C ones, or blended with their concave hulls. */
  private curves: (Float64Array | null)[][];
  smoothing = 0;
  /** Per skill set and shift type: 1 early, 2 late, 4 Friday (for fairness and wishes). */
  private readonly shiftClass: Uint8Array[];

  constructor(
    readonly context: PlanningContext,
    readonly weights: ObjectiveWeights = DEFAULT_WEIGHTS,
  ) {
    const { scenario, grid, skillSets } = context;
    this.plans = scenario.agents.map(() => new Array(7).fill(null));
    this.meetings = context.meetingTeams.map(() => ({ day: -1, start: -1 }));
    this.present = skillSets.map(() => new Int16Array(grid.size));
    this.value = new Float64Array(grid.size);
    this.staffing = new Int32Array(scenario.answerGroups.length);
    this.singleSets = skillSets.flatMap((set, k) => (set.groups.length === 1 ? [k] : []));
    this.multiSets = skillSets.flatMap((set, k) => (set.groups.length > 1 ? [k] : []));
    const groups = scenario.answerGroups.length;
    this.allocation = this.multiSets.map(() => new Int32Array(groups));
    this.allocator = new PhoneAllocator(groups, this.multiSets.length);
    this.allocationInput = {
      curves: new Array(groups).fill(null),
      stable: new Int32Array(groups),
      base: new Int32Array(groups),
      present: new Int32Array(this.multiSets.length),
      groupsOfSet: this.multiSets.map((k) => skillSets[k]!.groups),
    };
    this.allocationKey = new Int32Array(1 + groups + this.multiSets.length);
    this.allocationCache = new IntegerKeyCache(this.allocationKey.length, ALLOCATIONS_CACHED);
    this.touched = new Int32Array(grid.size);
    this.touchedMark = new Uint8Array(grid.size);
    this.netChange = new Int16Array(grid.size);
    this.workingAgents = scenario.agents.filter((agent) => agent.contractMinutesPerWeek > 0).length;
    this.curves = context.table.answeredWithinTarget;
    // Early and late depend on the set's own groups' opening hours.
    this.shiftClass = skillSets.map(({ groups }) => {
      const skills = groups.map((g) => scenario.answerGroups[g]!.id);
      return Uint8Array.from(context.catalogue.types, (type) => {
        const endMinute = grid.minuteOfDay[type.start + type.length - 1]! + grid.intervalMinutes;
        const start = grid.minuteOfDay[type.start]!;
        const classes = fairnessClasses(scenario, start, endMinute, type.day, skills);
        return (classes.early ? 1 : 0) | (classes.late ? 2 : 0) | (classes.friday ? 4 : 0);
      });
    });
  }

  get objective(): number {
    return this.serviceValue - this.penaltyValue;
  }

  /** The day of the agent's team meeting, or -1 when the agent has none. */
  meetingDayOf(a: number): number {
    const meeting = this.context.meetingOf[a];
    return meeting ? this.meetings[meeting.team]!.day : -1;
  }

  shiftTypeOf(shift: PlannedShift) {
    return this.context.catalogue.types[shift.type]!;
  }

  /** Calls `visit(t)` for every interval of `shift` the agent spends on the phone (or could). */
  forEachPhoneInterval(shift: PlannedShift, visit: (t: number) => void): void {
    const type = this.shiftTypeOf(shift);
    const { lunchLength, breakLength } = this.context.pauseSlots;
    for (let offset = 0; offset < type.length; offset++) {
      if (!pauseAt(shift.layout, offset, lunchLength, breakLength)) visit(type.start + offset);
    }
  }

  /** Value of interval t with the current phone agents: answered calls minus below-goal weight. */
  intervalValue(t: number): number {
    const { table, skillSets } = this.context;
    const staffing = this.staffing;
    staffing.fill(0);
    for (const k of this.singleSets) staffing[skillSets[k]!.groups[0]!]! += this.present[k]![t]!;
    if (this.multiSets.length > 0) this.allocateMultiSkilled(t);
    let value = 0;
    for (let g = 0; g < staffing.length; g++) {
      if (table.calls[g]![t]! <= 0) continue;
      const curve = this.curves[g]![t]!;
      value += curve[Math.min(staffing[g]!, curve.length - 1)]!;
      if (staffing[g]! < table.requiredAgents[g]![t]!) value -= this.weights.intervalBelowGoal;
    }
    return value;
  }

  /**
   * Gives the multi-skilled phone agents of interval t to groups (`PhoneAllocator`: the best
   * allocation over which groups to lift over their Erlang C cliff), cached per interval and
   * phone agents of every set. Smoothed curves are near-concave throughout, so then no cliff
   * is considered.
   */
  private allocateMultiSkilled(t: number): void {
    const { table } = this.context;
    const input = this.allocationInput;
    const key = this.allocationKey;
    const groups = input.curves.length;
    key[0] = t;
    key.set(this.staffing, 1);
    for (let m = 0; m < this.multiSets.length; m++)
      key[1 + groups + m] = this.present[this.multiSets[m]!]![t]!;
    let result = this.allocationCache.get(key);
    if (!result) {
      for (let g = 0; g < groups; g++) {
        input.curves[g] = this.curves[g]![t] ?? null;
        input.stable[g] = this.smoothing > 0 ? 0 : table.stableAgents[g]![t]!;
        input.base[g] = this.staffing[g]!;
      }
      input.present.set(key.subarray(1 + groups));
      result = this.allocator.allocate(input);
      this.allocationCache.set(key, result);
    }
    this.staffing.set(result.staffing);
    for (let m = 0; m < this.multiSets.length; m++) this.allocation[m]!.set(result.counts[m]!);
  }

  /** Phone agents per group in interval t after allocation (what `intervalValue` decided). */
  allocationAt(t: number): Int32Array {
    this.intervalValue(t);
    return Int32Array.from(this.staffing);
  }

  /** Per skill set, agents given to each group in interval t (single-skill sets: their group). */
  allocationBySet(t: number): Int32Array[] {
    this.intervalValue(t);
    const groups = this.context.scenario.answerGroups.length;
    const bySet = this.context.skillSets.map(() => new Int32Array(groups));
    for (const k of this.singleSets)
      bySet[k]![this.context.skillSets[k]!.groups[0]!] = this.present[k]![t]!;
    this.multiSets.forEach((k, m) => {
      bySet[k]!.set(this.allocation[m]!);
    });
    return bySet;
  }

  /**
   * Adds (sign 1) or removes (sign -1) one agent's week from the fairness sums (counts of
   * early, late and Friday shifts, and their squares) and the unmet preferences. Early or late
   * shifts an agent wishes for are no burden to spread: they are left out of the counts, so
   * fairness does not take them from the agent who wants them.
   */
  private tally(a: number, sign: 1 | -1): void {
    const wish = this.context.scenario.agents[a]!.preferences;
    const spread = 7 & ~(wish?.shiftTime === 'early' ? 1 : wish?.shiftTime === 'late' ? 2 : 0);
    const counts = [0, 0, 0];
    for (const shift of this.plans[a]!) {
      if (!shift) continue;
      const classes = this.shiftClass[this.context.setOfAgent[a]!]![shift.type]!;
      if (classes & spread & 1) counts[0]!++;
      if (classes & spread & 2) counts[1]!++;
      if (classes & 4) counts[2]!++;
      if (!wish) continue;
      if (wish.daysOff?.includes(this.shiftTypeOf(shift).day)) this.unmetPreferences += sign;
      if (wish.shiftTime === 'early' && !(classes & 1)) this.unmetPreferences += sign;
      if (wish.shiftTime === 'late' && !(classes & 2)) this.unmetPreferences += sign;
    }
    for (let c = 0; c < 3; c++) {
      this.classSums[c]! += sign * counts[c]!;
      this.classSquares[c]! += sign * counts[c]! * counts[c]!;
    }
  }

  /**
   * Unfairness: per class, the sum over agents of squared deviations from the mean count
   * (sum of squares - square of sum / agents), so only an uneven spread costs; then unmet
   * preferences.
   */
  private penalty(): number {
    const agents = Math.max(1, this.workingAgents);
    let spread = 0;
    for (let c = 0; c < 3; c++) spread += this.classSquares[c]! - this.classSums[c]! ** 2 / agents;
    return this.weights.fairness * spread + this.weights.preference * this.unmetPreferences;
  }

  /**
   * Scores with (1 - weight) * Erlang C + weight * its concave hull from now on. Erlang C drops
   * to nothing when agents <= traffic, so a search on the true curves piles lunches and
   * breaks into intervals already lost; early on, the hull (concave, like the LP bound) rewards
   * spreading them, and the weight then falls to 0 for the true objective. Recomputes all.
   */
  setSmoothing(weight: number): void {
    const { table } = this.context;
    this.smoothing = weight;
    this.allocationCache.clear();
    this.curves =
      weight === 0
        ? table.answeredWithinTarget
        : table.answeredWithinTarget.map((byInterval, g) =>
            byInterval.map((curve, t) => {
              if (!curve) return null;
              const hull = table.hullAnsweredWithinTarget[g]![t]!;
              return curve.map((value, n) => (1 - weight) * value + weight * hull[n]!);
            }),
          );
    this.recomputeAll();
  }

  /** Recomputes everything from the plans; O(agents * shift length + intervals * allocation). */
  recomputeAll(): void {
    for (const counts of this.present) counts.fill(0);
    this.plans.forEach((week, a) => {
      const k = this.context.setOfAgent[a]!;
      for (const shift of week) {
        if (shift) this.forEachPhoneInterval(shift, (t) => this.present[k]![t]!++);
      }
    });
    this.serviceValue = 0;
    for (let t = 0; t < this.value.length; t++) {
      this.value[t] = this.intervalValue(t);
      this.serviceValue += this.value[t]!;
    }
    this.classSums.fill(0);
    this.classSquares.fill(0);
    this.unmetPreferences = 0;
    for (let a = 0; a < this.plans.length; a++) this.tally(a, 1);
    this.penaltyValue = this.penalty();
  }

  private touch(t: number): void {
    if (this.touchedMark[t]) return;
    this.touchedMark[t] = 1;
    this.touched[this.touchedCount++] = t;
  }

  /**
   * Replaces the shifts of agent `a` on the given days and returns the change in objective.
   * Cost O(shift length * allocation) per day changed. `undo` with the returned old shifts.
   */
  replace(a: number, changes: { day: number; shift: PlannedShift | null }[]): number {
    const k = this.context.setOfAgent[a]!;
    const present = this.present[k]!;
    const before = this.objective;
    this.tally(a, -1);
    for (const { day, shift } of changes) {
      const old = this.plans[a]![day];
      if (old) {
        this.forEachPhoneInterval(old, (t) => {
          present[t]!--;
          this.netChange[t]!--;
          this.touch(t);
        });
      }
      if (shift) {
        this.forEachPhoneInterval(shift, (t) => {
          present[t]!++;
          this.netChange[t]!++;
          this.touch(t);
        });
      }
      this.plans[a]![day] = shift;
    }
    this.tally(a, 1);
    this.penaltyValue = this.penalty();
    for (let i = 0; i < this.touchedCount; i++) {
      const t = this.touched[i]!;
      this.touchedMark[t] = 0;
      if (this.netChange[t] === 0) continue;
      this.netChange[t] = 0;
      const fresh = this.intervalValue(t);
      this.serviceValue += fresh - this.value[t]!;
      this.value[t] = fresh;
    }
    this.touchedCount = 0;
    return this.objective - before;
  }

  /**
   * Answered-within-target calls in intervals [from, to), by default the whole week (the
   * service part of the objective).
   */
  answeredWithinTarget(from = 0, to = this.value.length): number {
    const { table } = this.context;
    let answered = 0;
    for (let t = from; t < to; t++) {
      const staffing = this.allocationAt(t);
      for (let g = 0; g < staffing.length; g++) answered += answeredAt(table, g, t, staffing[g]!);
    }
    return answered;
  }

  /**
   * The schedule in the contract's format. Each phone interval of an agent goes to a group by
   * the interval's allocation, keeping an agent on the group they served the interval before
   * where the allocation allows, so phone activities stay long; intervals where none of the
   * agent's groups is open become backoffice.
   */
  toSchedule(): Schedule {
    const { scenario, grid, skillSets, setOfAgent } = this.context;
    const { lunchLength, breakLength } = this.context.pauseSlots;
    // label[a][t]: activity of agent a in interval t, for agents on shift.
    const phoneGroup = new Map<number, Int16Array>();
    const previousGroup = new Int16Array(scenario.agents.length).fill(-1);
    const onPhone: number[][] = Array.from({ length: grid.size }, () => []);
    this.plans.forEach((week, a) => {
      for (const shift of week)
        if (shift) this.forEachPhoneInterval(shift, (t) => onPhone[t]!.push(a));
      phoneGroup.set(a, new Int16Array(grid.size).fill(-1));
    });
    for (let t = 0; t < grid.size; t++) {
      const quotas = this.allocationBySet(t);
      const agents = onPhone[t]!;
      // Agents who served a group the interval before keep it where their set's quota allows.
      const order = [...agents].sort(
        (x, y) => Number(previousGroup[y]! >= 0) - Number(previousGroup[x]! >= 0),
      );
      const unplaced: number[] = [];
      for (const a of order) {
        const quota = quotas[setOfAgent[a]!]!;
        const groups = skillSets[setOfAgent[a]!]!.groups;
        const previous = previousGroup[a]!;
        const counted = (g: number) => quota[g]! > 0 && this.context.table.calls[g]![t]! > 0;
        const pick =
          groups.includes(previous) && counted(previous) ? previous : groups.find(counted);
        if (pick === undefined) {
          unplaced.push(a);
          continue;
        }
        quota[pick]!--;
        phoneGroup.get(a)![t] = pick;
      }
      // Agents the allocation did not need take calls on an open group anyway (no calls
      // forecast there) or do backoffice when all their groups are closed.
      for (const a of unplaced) {
        const groups = skillSets[setOfAgent[a]!]!.groups;
        const previous = previousGroup[a]!;
        const open = groups.filter((g) => grid.open[g]![t]);
        const pick = open.includes(previous) ? previous : open[0];
        if (pick !== undefined) phoneGroup.get(a)![t] = pick;
      }
      for (const a of agents) previousGroup[a] = phoneGroup.get(a)![t]!;
    }

    const iso = (t: number) =>
      formatLocalIso(grid.weekStartMs + t * grid.intervalMs, grid.timeZone);
    const shifts: Schedule['shifts'] = [];
    this.plans.forEach((week, a) => {
      const agentId = scenario.agents[a]!.id;
      for (const shift of week) {
        if (!shift) continue;
        const type = this.shiftTypeOf(shift);
        const labels: IntervalLabel[] = [];
        for (let offset = 0; offset < type.length; offset++) {
          const pause = pauseAt(shift.layout, offset, lunchLength, breakLength);
          const group = phoneGroup.get(a)![type.start + offset]!;
          labels.push(
            pause
              ? { type: pause, group: -1 }
              : group >= 0
                ? { type: 'phone', group }
                : { type: 'backoffice', group: -1 },
          );
        }
        shifts.push({
          agentId,
          start: iso(type.start),
          end: iso(type.start + type.length),
          activities: activitiesOfLabels(scenario, grid, type.start, labels),
        });
      }
    });
    return { shifts };
  }
}
