import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { erlangBatch } from './index';
import type { ErlangCase, ErlangResult } from './types';

// Vectors computed outside this project with mpmath (60 digits for Erlang C, 160 for Erlang A);
// see ../shared/README.md. Agents must match exactly, floats to a relative 1e-9, or an absolute
// 1e-12 near zero.
interface GoldenFile {
  description: string;
  cases: { case: ErlangCase; expected: Partial<ErlangResult> }[];
}

const SHARED_GOLDEN = join(__dirname, '../../../../shared/golden');

function loadGolden(name: string): GoldenFile {
  return JSON.parse(readFileSync(join(SHARED_GOLDEN, name), 'utf8')) as GoldenFile;
}

function expectClose(
  actual: number | null | undefined,
  expected: number | null,
  label: string,
): void {
  if (expected === null) {
    expect({ [label]: actual }).toEqual({ [label]: null });
    return;
  }
  expect(typeof actual).toBe('number');
  const error = Math.abs((actual as number) - expected);
  const ok = error <= 1e-12 || error <= 1e-9 * Math.abs(expected);
  if (!ok) throw new Error(`${label}: got ${actual}, expected ${expected} (error ${error})`);
}

describe.each(['erlang-c.json', 'erlang-a.json'])('golden vectors %s', (file) => {
  const golden = loadGolden(file);
  const results = erlangBatch(golden.cases.map((c) => c.case));

  it.each(golden.cases.map((c, index) => [index, c] as const))(
    'case %i',
    (index, { case: input, expected }) => {
      const actual = results[index] as ErlangResult;
      if (expected.agents !== undefined) expect(actual.agents).toBe(expected.agents);
      for (const [field, value] of Object.entries(expected)) {
        if (field === 'agents') continue;
        expectClose(
          actual[field as keyof ErlangResult] as number | null,
          value as number | null,
          `${field} ${JSON.stringify(input)}`,
        );
      }
    },
  );
});
