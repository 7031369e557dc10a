import { concaveHullSegments } from './concave-hull';
import { buildPlanningContext } from './planning-context';
import { solveStaffingLp } from './staffing-lp';
import { syntheticScenario } from './synthetic-scenario';

describe(concaveHullSegments.name, () => {
  it('should majorise an S-shaped curve with decreasing slopes', () => {
    // Zero until the queue is stable, then rising and flattening, like calls * SL(n).
    const values = [0, 0, 0, 6, 9, 10, 10.5];
    const segments = concaveHullSegments(values);
    expect(segments.map((s) => s.width).reduce((x, y) => x + y)).toBe(6);
    expect(segments[0]).toEqual({ width: 4, slope: 2.25 }); // the chord to (4, 9) passes above (3, 6)
    const slopes = segments.map((s) => s.slope);
    expect([...slopes].sort((x, y) => y - x)).toEqual(slopes);
    let n = 0;
    let hull = 0;
    for (const { width, slope } of segments) {
      for (let i = 1; i <= width; i++)
        expect(hull + i * slope).toBeGreaterThanOrEqual(values[n + i]! - 1e-12);
      hull += width * slope;
      n += width;
    }
  });
});

describe(solveStaffingLp.name, () => {
  jest.setTimeout(60_000);

  it('should tighten the bound with the cliff MIP in a tight week, never loosen it', async () => {
    const context = buildPlanningContext(
      syntheticScenario({ agents: 10, answerGroups: 2, load: 0.9 }),
    );
    const lp = await solveStaffingLp(context, { timeLimitSeconds: 30, mipSeconds: 0 });
    const tightened = await solveStaffingLp(context, { timeLimitSeconds: 30, mipSeconds: 5 });
    expect(lp.status).toBe('Optimal');
    expect(tightened.boundAnswered!).toBeLessThan(lp.boundAnswered!);
    expect(lp.boundServiceLevel!).toBeLessThanOrEqual(1);
  });

  it('should bound a week with calls and no agents at 0, and a week without calls at 1', async () => {
    const scenario = syntheticScenario({ agents: 2, answerGroups: 1, load: 0.5 });
    const nobody = await solveStaffingLp(buildPlanningContext({ ...scenario, agents: [] }), {
      timeLimitSeconds: 10,
    });
    expect(nobody.boundServiceLevel).toBe(0);
    const quiet = {
      ...scenario,
      answerGroups: scenario.answerGroups.map((g) => ({ ...g, calls: g.calls.map(() => 0) })),
    };
    expect(
      (await solveStaffingLp(buildPlanningContext(quiet), { timeLimitSeconds: 10 }))
        .boundServiceLevel,
    ).toBe(1);
  });
});
