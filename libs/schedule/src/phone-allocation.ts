/**
 * Which answer group each multi-skilled phone agent serves in one interval, chosen to
 * maximise answered-within-target calls over the groups.
 *
 * Erlang C answers nothing in time while a group's agents do not exceed its traffic (the
 * cliff) and is concave above it. So the only hard choice is which groups below their cliff
 * to lift over it (the candidates: those the multi-skilled agents could lift). For each
 * subset of candidates (every subset of up to three, else from all lifted, flipping one
 * group at a time while that gains), the agents are added one at a time where they gain most, first
 * filling the chosen groups up to their cliff, each time along an augmenting path (an agent
 * already serving one group may move to another of its groups to make room), which is
 * optimal for concave gains over the bipartite sets-to-groups structure. The best subset
 * wins. Results are cached per interval by the phone agents of every set, because the local
 * search keeps revisiting the same states (a move and its undo).
 */
export interface AllocationInput {
  /** Per group: the curve of answered-within-target calls by agents, or null when not counted. */
  curves: (Float64Array | null)[];
  /** Per group: fewest agents with a stable queue; 0 treats the whole curve as concave. */
  stable: Int32Array;
  /** Per group: single-skilled agents on the phone. */
  base: Int32Array;
  /** Per multi-skill set: its agents on the phone, and its groups. */
  present: Int32Array;
  groupsOfSet: readonly (readonly number[])[];
}

export interface Allocation {
  value: number;
  /** Per group: agents serving it. */
  staffing: Int32Array;
  /** Per multi-skill set, per group: agents of the set serving it. */
  counts: Int32Array[];
}

/** Up to this many candidates every subset is tried; beyond, a local search over subsets. */
const EXHAUSTIVE_CANDIDATES = 3;
const FILL_FIRST = 1e12;

export class PhoneAllocator {
  private readonly groups: number;
  private readonly sets: number;
  private readonly staffing: Int32Array;
  private readonly counts: Int32Array[];
  private readonly free: Int32Array;
  private readonly target: Int32Array;
  private readonly parentSet: Int32Array;
  private readonly parentGroup: Int32Array;
  private readonly reached: Uint8Array;
  private readonly queue: Int32Array;

  constructor(groups: number, sets: number) {
    this.groups = groups;
    this.sets = sets;
    this.staffing = new Int32Array(groups);
    this.counts = Array.from({ length: sets }, () => new Int32Array(groups));
    this.free = new Int32Array(sets);
    this.target = new Int32Array(groups);
    this.parentSet = new Int32Array(groups);
    this.parentGroup = new Int32Array(groups);
    this.reached = new Uint8Array(groups);
    this.queue = new Int32Array(groups);
  }

  allocate(input: AllocationInput): Allocation {
    const { curves, stable, base, present, groupsOfSet } = input;
    const candidates: number[] = [];
    for (let g = 0; g < this.groups; g++) {
      const curve = curves[g];
      if (!curve || base[g]! >= stable[g]! || stable[g]! >= curve.length) continue;
      let reach = base[g]!;
      for (let m = 0; m < this.sets; m++) if (groupsOfSet[m]!.includes(g)) reach += present[m]!;
      if (reach >= stable[g]!) candidates.push(g);
    }
    const lifted = new Uint8Array(this.groups);
    let best: Allocation | null = null;
    const run = (): boolean => {
      for (let g = 0; g < this.groups; g++) {
        const curve = curves[g];
        // -1: takes no multi-skilled agents (not counted, or below its cliff and not lifted).
        this.target[g] = !curve ? -1 : base[g]! >= stable[g]! ? 0 : lifted[g] ? stable[g]! : -1;
      }
      const value = this.greedy(input);
      if (best && value <= best.value + 1e-9) return false;
      best = {
        value,
        staffing: Int32Array.from(this.staffing),
        counts: this.counts.map((row) => Int32Array.from(row)),
      };
      return true;
    };
    if (candidates.length <= EXHAUSTIVE_CANDIDATES) {
      for (let subset = 0; subset < 1 << candidates.length; subset++) {
        candidates.forEach((g, i) => {
          lifted[g] = subset & (1 << i) ? 1 : 0;
        });
        run();
      }
      return best!;
    }
    // Many candidates: start by lifting all, then flip one group at a time while that gains.
    for (const g of candidates) lifted[g] = 1;
    run();
    for (let improved = true; improved; ) {
      improved = false;
      for (const g of candidates) {
        lifted[g] = 1 - lifted[g]!;
        if (run()) improved = true;
        else lifted[g] = 1 - lifted[g]!;
      }
    }
    return best!;
  }

  /** Gain of one more agent for group g at its current staffing (see `target`). */
  private gain(curves: (Float64Array | null)[], g: number): number {
    const target = this.target[g]!;
    if (target < 0) return Number.NEGATIVE_INFINITY;
    const n = this.staffing[g]!;
    if (n < target) return FILL_FIRST;
    const curve = curves[g]!;
    const top = curve.length - 1;
    return curve[Math.min(n + 1, top)]! - curve[Math.min(n, top)]!;
  }

  /** Adds agents one at a time along the best augmenting path; returns the true value. */
  private greedy(input: AllocationInput): number {
    const { curves, base, present, groupsOfSet } = input;
    this.staffing.set(base);
    for (let m = 0; m < this.sets; m++) {
      this.counts[m]!.fill(0);
      this.free[m] = present[m]!;
    }
    for (;;) {
      // Fast path: the group gaining most of all takes a free agent directly when it can.
      let bestGroup = -1;
      let bestGain = 1e-12;
      for (let g = 0; g < this.groups; g++) {
        const gain = this.gain(curves, g);
        if (gain > bestGain) {
          bestGain = gain;
          bestGroup = g;
        }
      }
      if (bestGroup < 0) break;
      let direct = -1;
      for (let m = 0; m < this.sets && direct < 0; m++)
        if (this.free[m]! > 0 && groupsOfSet[m]!.includes(bestGroup)) direct = m;
      if (direct >= 0) {
        this.staffing[bestGroup]!++;
        this.counts[direct]![bestGroup]!++;
        this.free[direct]!--;
        continue;
      }
      // Otherwise the groups reachable from a free agent, directly or by moving agents
      // between groups, and the best of those.
      this.reached.fill(0);
      let head = 0;
      let tail = 0;
      for (let m = 0; m < this.sets; m++) {
        if (this.free[m]! === 0) continue;
        for (const g of groupsOfSet[m]!) {
          if (this.reached[g] || this.target[g]! < 0) continue;
          this.reached[g] = 1;
          this.parentSet[g] = m;
          this.parentGroup[g] = -1;
          this.queue[tail++] = g;
        }
      }
      while (head < tail) {
        const from = this.queue[head++]!;
        for (let m = 0; m < this.sets; m++) {
          if (this.counts[m]![from]! === 0) continue;
          for (const g of groupsOfSet[m]!) {
            if (this.reached[g] || this.target[g]! < 0) continue;
            this.reached[g] = 1;
            this.parentSet[g] = m;
            this.parentGroup[g] = from;
            this.queue[tail++] = g;
          }
        }
      }
      bestGroup = -1;
      bestGain = 1e-12;
      for (let i = 0; i < tail; i++) {
        const g = this.queue[i]!;
        const gain = this.gain(curves, g);
        if (gain > bestGain) {
          bestGain = gain;
          bestGroup = g;
        }
      }
      if (bestGroup < 0) break;
      // Augment: each set on the path serves the next group instead of the previous one.
      this.staffing[bestGroup]!++;
      let g = bestGroup;
      for (;;) {
        const m = this.parentSet[g]!;
        const previous = this.parentGroup[g]!;
        this.counts[m]![g]!++;
        if (previous < 0) {
          this.free[m]!--;
          break;
        }
        this.counts[m]![previous]!--;
        g = previous;
      }
    }
    let value = 0;
    for (let g = 0; g < this.groups; g++) {
      const curve = curves[g];
      if (curve) value += curve[Math.min(this.staffing[g]!, curve.length - 1)]!;
    }
    return value;
  }
}
