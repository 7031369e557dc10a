import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { dayDecomposedBound } from './day-decomposed-bound';
import { loadSolver } from './mip-model';

// Two blocks (the digit ending each column's name), each with a row of its own, tied by an
// inequality and an equality.
const objective = { a0: 5, b0: 4, c1: 3, d1: 6 };
const columns = Object.keys(objective) as (keyof typeof objective)[];
const rows = [
  { name: 'own0', terms: { a0: 2, b0: 1 }, lower: -Infinity, upper: 2.5 },
  { name: 'own1', terms: { c1: 1, d1: 1 }, lower: -Infinity, upper: 1.5 },
  { name: 'link', terms: { a0: 1, c1: 1, d1: 1 }, lower: -Infinity, upper: 1 },
  { name: 'pair', terms: { b0: 1, d1: 1 }, lower: 1, upper: 1 },
];

function modelText(integer: boolean): string {
  const terms = (map: Record<string, number>) =>
    Object.entries(map)
      .map(([name, value]) => `+ ${value} ${name}`)
      .join(' ');
  const side = (row: (typeof rows)[number]) =>
    row.lower === row.upper ? `= ${row.upper}` : `<= ${row.upper}`;
  return [
    'Maximize',
    ` obj: ${terms(objective)}`,
    'Subject To',
    ...rows.map((row) => ` ${row.name}: ${terms(row.terms)} ${side(row)}`),
    'Bounds',
    ...columns.map((name) => ` 0 <= ${name} <= 1`),
    ...(integer ? ['Binaries', ...columns.map((name) => ` ${name}`)] : []),
    'End',
  ].join('\n');
}

/** The integer optimum by trying all 16 choices: an independent reference. */
function bruteForceOptimum(): number {
  let best = Number.NEGATIVE_INFINITY;
  for (let mask = 0; mask < 16; mask++) {
    const x = Object.fromEntries(columns.map((name, i) => [name, (mask >> i) & 1]));
    const feasible = rows.every((row) => {
      const value = Object.entries(row.terms).reduce((s, [name, c]) => s + c * x[name]!, 0);
      return value >= row.lower - 1e-9 && value <= row.upper + 1e-9;
    });
    if (!feasible) continue;
    best = Math.max(
      best,
      columns.reduce((s, name) => s + objective[name] * x[name]!, 0),
    );
  }
  return best;
}

const blockOf = (name: string) => Number(name.at(-1));

describe(dayDecomposedBound.name, () => {
  it('should stay at or above the integer optimum for any prices', async () => {
    const highs = await loadSolver();
    const optimum = bruteForceOptimum();
    expect(optimum).toBe(7); // b0 and c1: a0 does not fit beside b0, d1 fills the link row alone
    fc.assert(
      fc.property(
        fc.double({ min: -20, max: 20, noNaN: true }),
        fc.double({ min: -20, max: 20, noNaN: true }),
        (link, pair) => {
          const result = dayDecomposedBound(highs, modelText(true), {
            blockOf,
            price: (row) => (row === 'link' ? link : row === 'pair' ? pair : 0),
            seconds: 5,
          });
          expect(result.linkingRows).toBe(2);
          expect(result.blocksSolved).toBe(2);
          expect(result.bound!).toBeGreaterThanOrEqual(optimum - 1e-6);
        },
      ),
      { numRuns: 40 },
    );
  });

  it("should give back the LP's bound at the LP's row duals, and a lower one with the blocks' integers", async () => {
    const highs = await loadSolver();
    const lp = highs.solve(modelText(false), { output_flag: false });
    expect(lp.Status).toBe('Optimal');
    const duals = new Map(
      (lp.Rows as { Name: string; Dual: number }[]).map((row) => [row.Name, row.Dual]),
    );
    const price = (row: string) => duals.get(row) ?? 0;
    const relaxed = dayDecomposedBound(highs, modelText(false), { blockOf, price, seconds: 5 });
    expect(relaxed.bound!).toBeCloseTo(lp.ObjectiveValue, 6);
    const integer = dayDecomposedBound(highs, modelText(true), { blockOf, price, seconds: 5 });
    expect(integer.bound!).toBeLessThan(lp.ObjectiveValue - 0.1);
    expect(integer.bound!).toBeGreaterThanOrEqual(bruteForceOptimum() - 1e-6);
  });
});
