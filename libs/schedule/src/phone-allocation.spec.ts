import { serviceLevelCurve } from '@bemanna/erlang';
import fc from 'fast-check';
import { type AllocationInput, PhoneAllocator } from './phone-allocation';

/** Answered-within-target calls by agents 0..15 for a group of `traffic` Erlangs (AHT 300 s). */
function curveOf(traffic: number): Float64Array {
  const calls = (traffic * 900) / 300;
  const curve = serviceLevelCurve({
    trafficErlangs: traffic,
    ahtSeconds: 300,
    targetSeconds: 120,
    minAgents: 0,
    maxAgents: 15,
  });
  return curve.serviceLevel.map((level) => level * calls);
}

/**
 * An allocation problem from each group's traffic (null for a closed group); a group's queue is
 * stable from the first whole number of agents above its traffic.
 */
function inputOf(problem: {
  traffic: number[];
  base: number[];
  present: number[];
  groupsOfSet: number[][];
  closed?: number;
}): AllocationInput {
  const { traffic, closed } = problem;
  return {
    curves: traffic.map((a, g) => (g === closed ? null : curveOf(a))),
    stable: Int32Array.from(traffic, (a) => Math.floor(a) + 1),
    base: Int32Array.from(problem.base),
    present: Int32Array.from(problem.present),
    groupsOfSet: problem.groupsOfSet,
  };
}

/** The best value over every way of splitting each set's agents between its groups. */
function bruteForce(input: AllocationInput): number {
  const { curves, base, present, groupsOfSet } = input;
  let best = 0;
  const staffing = Array.from(base);
  const walk = (m: number, left: number) => {
    if (m === groupsOfSet.length) {
      let value = 0;
      curves.forEach((curve, g) => {
        if (curve) value += curve[Math.min(staffing[g]!, curve.length - 1)]!;
      });
      best = Math.max(best, value);
      return;
    }
    const groups = groupsOfSet[m]!;
    // Agents of set m still to place: to its next group, or none left idle (never better).
    const g = groups[groups.length - left]!;
    if (left === 1) {
      staffing[g]! += present[m]!;
      walk(m + 1, groupsOfSet[m + 1]?.length ?? 0);
      staffing[g]! -= present[m]!;
      return;
    }
    for (let n = 0; n <= present[m]!; n++) {
      staffing[g]! += n;
      const saved = present[m]!;
      (present as Int32Array)[m] = saved - n;
      walk(m, left - 1);
      (present as Int32Array)[m] = saved;
      staffing[g]! -= n;
    }
  };
  walk(0, groupsOfSet[0]?.length ?? 0);
  return best;
}

const instance = fc.record({
  traffic: fc.array(fc.double({ min: 0.1, max: 7, noNaN: true }), { minLength: 3, maxLength: 3 }),
  base: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 3, maxLength: 3 }),
  present: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 4, maxLength: 4 }),
  closed: fc.integer({ min: -1, max: 2 }),
});

describe(PhoneAllocator.name, () => {
  it('should find the best split of multi-skilled agents, cliffs included (brute force, 3 groups)', () => {
    fc.assert(
      fc.property(instance, ({ traffic, base, present, closed }) => {
        const input = inputOf({
          traffic,
          base,
          present,
          closed,
          groupsOfSet: [
            [0, 1],
            [1, 2],
            [0, 2],
            [0, 1, 2],
          ],
        });
        const result = new PhoneAllocator(3, 4).allocate(input);
        expect(result.value).toBeCloseTo(bruteForce(input), 9);
        // The allocation is real: each set gives at most its agents, only to its own groups.
        result.counts.forEach((counts, m) => {
          let given = 0;
          counts.forEach((n, g) => {
            if (n > 0) expect(input.groupsOfSet[m]).toContain(g);
            given += n;
          });
          expect(given).toBeLessThanOrEqual(present[m]!);
        });
      }),
      { numRuns: 400, seed: 11 },
    );
  });

  it('should lift a group over its cliff with agents a greedy would spread thin', () => {
    // Group 0: 4.5 Erlangs, 2 single-skilled agents; group 1: 1 Erlang, 2 agents already.
    // Three agents who can serve either: all three to group 0 (stable at 5), none to group 1.
    const input = inputOf({ traffic: [4.5, 1], base: [2, 2], present: [3], groupsOfSet: [[0, 1]] });
    const result = new PhoneAllocator(2, 1).allocate(input);
    expect(Array.from(result.staffing)).toEqual([5, 2]);
  });

  it('should leave a group below its cliff when lifting it costs more elsewhere', () => {
    // Group 1 (2.9 Erlangs, nobody yet) would need 3 agents to answer anything in time, and
    // then very little; group 0 (6.5 Erlangs, 7 agents, barely stable) gains far more from them.
    const input = inputOf({
      traffic: [6.5, 2.9],
      base: [7, 0],
      present: [3],
      groupsOfSet: [[0, 1]],
    });
    const result = new PhoneAllocator(2, 1).allocate(input);
    expect(Array.from(result.staffing)).toEqual([10, 0]);
    expect(result.value).toBeCloseTo(bruteForce(input), 9);
  });
});
