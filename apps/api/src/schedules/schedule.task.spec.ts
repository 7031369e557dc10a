import { describeProgress } from './schedule.task';

describe(describeProgress.name, () => {
  it('should give each generator phase a step key, with the share of the time limit spent', () => {
    const timeLimitMs = 20_000;
    const lp = describeProgress({ phase: 'lp', elapsedMs: 1000, bound: 0.951 }, timeLimitMs);
    const bound = describeProgress({ phase: 'bound', elapsedMs: 3000, bound: 0.934 }, timeLimitMs);
    const first = describeProgress(
      { phase: 'construct', elapsedMs: 4000, serviceLevel: 0.851, bound: 0.934 },
      timeLimitMs,
    );
    const improving = describeProgress(
      { phase: 'improve', elapsedMs: 12_000, serviceLevel: 0.912, bound: null },
      timeLimitMs,
    );
    const done = describeProgress(
      { phase: 'done', elapsedMs: 19_500, serviceLevel: 0.915, bound: 0.934 },
      timeLimitMs,
    );
    expect(lp.report).toEqual({
      key: 'scheduleLpBound',
      values: { bound: 0.951 },
      message: 'Staffing bound: at most 95.1%, tightening it at the Erlang cliff',
    });
    expect(bound.report).toEqual({
      key: 'scheduleBound',
      values: { bound: 0.934 },
      message: 'Staffing bound: at most 93.4%',
    });
    expect(first.report).toMatchObject({
      key: 'scheduleFirst',
      values: { serviceLevel: 0.851, bound: 0.934 },
    });
    expect(improving.report).toEqual({
      key: 'scheduleImproving',
      values: { serviceLevel: 0.912, bound: null },
      message: 'Improving: 91.2% (bound –)',
    });
    expect(done.report).toMatchObject({ key: 'scheduleDone', values: { serviceLevel: 0.915 } });
    const shares = [lp, bound, first, improving, done].map((step) => step.share);
    expect(shares).toEqual([...shares].sort((x, y) => x - y));
    // The generator runs to its time limit, so the share is the time spent: 12 of 20 s.
    expect(improving.share).toBeCloseTo(0.05 + 0.9 * 0.6, 10);
  });
});
