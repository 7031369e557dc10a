import fc from 'fast-check';
import {
  erlangB,
  erlangC,
  erlangCServiceLevel,
  erlangCServiceLevelBetween,
  inverseErlangB,
  requiredAgents,
  serviceLevelCurve,
} from './index';

/** The textbook recursion B(j) = A·B(j-1) / (j + A·B(j-1)) from B(0) = 1: the independent reference. */
function textbookErlangB(agents: number, traffic: number): number {
  let b = 1;
  for (let j = 1; j <= agents; j++) b = (traffic * b) / (j + traffic * b);
  return b;
}

const relativeError = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);

describe('Erlang B', () => {
  it('matches hand-computed values: B(1, 1) = 1/2, B(2, 1) = 1/5, B(3, 2) = 4/19', () => {
    expect(erlangB(1, 1)).toBeCloseTo(0.5, 15);
    expect(erlangB(2, 1)).toBeCloseTo(0.2, 15);
    expect(erlangB(3, 2)).toBeCloseTo(4 / 19, 15);
  });

  it('agrees with the textbook recursion to 1e-12 wherever it starts below the traffic', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 5000, noNaN: true }),
        fc.double({ min: 0, max: 2, noNaN: true }),
        (traffic, ratio) => {
          const agents = Math.max(1, Math.round(traffic * ratio));
          const reference = textbookErlangB(agents, traffic);
          if (reference < 1e-280) return; // below double precision either way
          expect(relativeError(erlangB(agents, traffic), reference)).toBeLessThan(1e-12);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('blocks everything with no agents and nothing with no traffic', () => {
    expect(inverseErlangB(0, 5)).toBe(1);
    expect(erlangB(3, 0)).toBe(0);
  });
});

describe('Erlang C', () => {
  // pyworkforce's documented example: 100 calls per 30 min, AHT 3 min, 20 s target, 80% goal.
  it('reproduces the pyworkforce reference example: 14 agents, service level 0.8884', () => {
    const load = { trafficErlangs: 10, ahtSeconds: 180, targetSeconds: 20 };
    expect(requiredAgents({ ...load, serviceLevelGoal: 0.8 })).toBe(14);
    expect(erlangCServiceLevel(10, 14, 180, 20)).toBeCloseTo(0.8884, 4);
    expect(requiredAgents({ ...load, serviceLevelGoal: 0.8, maxOccupancy: 0.85 })).toBe(14);
  });

  it('follows the contract for unstable queues and for no calls', () => {
    const load = { trafficErlangs: 12.5, ahtSeconds: 300, targetSeconds: 120 };
    expect(erlangC(12, load)).toEqual({
      agents: 12,
      probabilityOfWaiting: 1,
      serviceLevel: 0,
      asaSeconds: null,
      occupancy: 1,
    });
    expect(erlangC(0, { ...load, trafficErlangs: 0 }).serviceLevel).toBe(1);
  });

  const load = fc.record({
    trafficErlangs: fc.double({ min: 0.01, max: 10_000, noNaN: true }),
    ahtSeconds: fc.double({ min: 10, max: 1800, noNaN: true }),
    targetSeconds: fc.double({ min: 0, max: 600, noNaN: true }),
  });
  const goal = fc.double({ min: 0.05, max: 0.99, noNaN: true });

  it('service level rises and ASA falls with every added agent; occupancy stays <= 1', () => {
    fc.assert(
      fc.property(load, fc.integer({ min: 0, max: 20 }), (l, extra) => {
        const agents = Math.floor(l.trafficErlangs) + 1 + extra;
        const fewer = erlangC(agents, l);
        const more = erlangC(agents + 1, l);
        expect(more.serviceLevel).toBeGreaterThanOrEqual(fewer.serviceLevel);
        expect(more.asaSeconds!).toBeLessThanOrEqual(fewer.asaSeconds!);
        for (const p of [fewer, more]) {
          expect(p.occupancy).toBeLessThanOrEqual(1);
          expect(p.probabilityOfWaiting).toBeGreaterThanOrEqual(0);
          expect(p.probabilityOfWaiting).toBeLessThanOrEqual(1);
          expect(p.serviceLevel).toBeGreaterThanOrEqual(0);
          expect(p.serviceLevel).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('the required staffing meets the goal and one agent fewer does not', () => {
    fc.assert(
      fc.property(
        load,
        goal,
        fc.option(fc.double({ min: 0.5, max: 1, noNaN: true }), { nil: undefined }),
        (l, g, maxOccupancy) => {
          const agents = requiredAgents({
            ...l,
            serviceLevelGoal: g,
            ...(maxOccupancy !== undefined && { maxOccupancy }),
          });
          // Service level compared with the goal give or take rounding: at 0.01 Erlangs, no
          // target time and a goal of 0.99, one agent answers 1 - 0.01000000000000001, below
          // the goal exactly but equal to it once 1 - C is rounded to a double.
          const meets = (n: number, rounding: number) => {
            const p = erlangC(n, l);
            return (
              p.serviceLevel >= g + rounding &&
              (maxOccupancy === undefined || p.occupancy <= maxOccupancy) &&
              n > l.trafficErlangs
            );
          };
          expect(meets(agents, -1e-12)).toBe(true);
          expect(meets(agents - 1, 1e-12)).toBe(false);
        },
      ),
      {
        examples: [
          [
            { trafficErlangs: 0.01000000000000001, ahtSeconds: 10, targetSeconds: 0 },
            0.99,
            undefined,
          ],
        ],
      },
    );
  });

  it('required agents rise with calls and with the goal', () => {
    fc.assert(
      fc.property(
        load,
        goal,
        goal,
        fc.double({ min: 1, max: 3, noNaN: true }),
        (l, g1, g2, growth) => {
          const [low, high] = g1 <= g2 ? [g1, g2] : [g2, g1];
          expect(requiredAgents({ ...l, serviceLevelGoal: high })).toBeGreaterThanOrEqual(
            requiredAgents({ ...l, serviceLevelGoal: low }),
          );
          const busier = { ...l, trafficErlangs: l.trafficErlangs * growth };
          expect(requiredAgents({ ...busier, serviceLevelGoal: low })).toBeGreaterThanOrEqual(
            requiredAgents({ ...l, serviceLevelGoal: low }),
          );
        },
      ),
    );
  });

  it('is finite and free of NaN from 0.01 to 10,000 Erlangs and up to 20,000 agents', () => {
    for (const traffic of [0.01, 0.1, 1, 10, 100, 1000, 5000, 10_000]) {
      for (const agents of [1, 2, 10, 100, 1000, 10_000, 20_000]) {
        const p = erlangC(agents, { trafficErlangs: traffic, ahtSeconds: 300, targetSeconds: 120 });
        for (const value of [p.probabilityOfWaiting, p.serviceLevel, p.occupancy])
          expect(Number.isFinite(value)).toBe(true);
        if (agents > traffic) expect(Number.isFinite(p.asaSeconds!)).toBe(true);
      }
    }
    expect(
      requiredAgents({
        trafficErlangs: 10_000,
        ahtSeconds: 300,
        targetSeconds: 20,
        serviceLevelGoal: 0.95,
      }),
    ).toBeGreaterThan(10_000);
  });
});

describe('service-level curve', () => {
  it('equals erlangC at every staffing, including the unstable ones', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 3000, noNaN: true }),
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 0, max: 60 }),
        (traffic, minAgents, span) => {
          const l = { trafficErlangs: traffic, ahtSeconds: 240, targetSeconds: 120 };
          const curve = serviceLevelCurve({ ...l, minAgents, maxAgents: minAgents + span });
          for (let i = 0; i <= span; i++) {
            const p = erlangC(minAgents + i, l);
            expect(relativeError(curve.serviceLevel[i]!, p.serviceLevel)).toBeLessThan(1e-11);
            expect(curve.occupancy[i]).toBe(p.occupancy);
            if (p.asaSeconds === null) expect(curve.asaSeconds[i]).toBe(Number.POSITIVE_INFINITY);
            else expect(relativeError(curve.asaSeconds[i]!, p.asaSeconds)).toBeLessThan(1e-11);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('rejects an empty or fractional agent range', () => {
    const l = { trafficErlangs: 5, ahtSeconds: 240, targetSeconds: 120 };
    expect(() => serviceLevelCurve({ ...l, minAgents: 5, maxAgents: 4 })).toThrow(RangeError);
    expect(() => serviceLevelCurve({ ...l, minAgents: 0.5, maxAgents: 4 })).toThrow(RangeError);
  });
});

describe('erlangCServiceLevelBetween', () => {
  it('is Erlang C at whole agents and linear between them', () => {
    const at = (n: number) => erlangCServiceLevel(10, n, 300, 120);
    expect(erlangCServiceLevelBetween(10, 13, 300, 120)).toBe(at(13));
    expect(erlangCServiceLevelBetween(10, 13.25, 300, 120)).toBeCloseTo(
      0.75 * at(13) + 0.25 * at(14),
      15,
    );
    // Below the traffic nothing is answered in time, however close.
    expect(erlangCServiceLevelBetween(10, 9.9, 300, 120)).toBe(0);
  });
});
