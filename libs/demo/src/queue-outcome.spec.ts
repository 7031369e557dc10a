import fc from 'fast-check';
import { queueOutcome, requiredAgents } from './queue-outcome';

describe('requiredAgents', () => {
  it('matches the pyworkforce documented example: 14 agents', () => {
    // pyworkforce: 100 calls per 30 min, AHT 3 min, 80% in 20 s needs 14 agents; the same
    // traffic (10 Erlangs) is 50 calls per 15 min.
    expect(requiredAgents(50, 180, 0.8, 20)).toBe(14);
  });

  it('staffs at least one agent while the group is open', () => {
    expect(requiredAgents(0, 300, 0.8, 120)).toBe(1);
  });
});

describe('queueOutcome', () => {
  it('loses no calls when none are offered', () => {
    expect(queueOutcome(3, 0, 300, 240, 120)).toEqual({
      abandonRate: 0,
      withinTargetOfAnswered: 1,
    });
  });

  it('gives probabilities, and fewer hang-ups with more agents', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 120, max: 600 }),
        fc.integer({ min: 60, max: 600 }),
        (agents, offered, ahtSeconds, patienceSeconds) => {
          const fewer = queueOutcome(agents, offered, ahtSeconds, patienceSeconds, 120);
          const more = queueOutcome(agents + 1, offered, ahtSeconds, patienceSeconds, 120);
          for (const outcome of [fewer, more]) {
            expect(outcome.abandonRate).toBeGreaterThanOrEqual(0);
            expect(outcome.abandonRate).toBeLessThanOrEqual(1);
            expect(outcome.withinTargetOfAnswered).toBeGreaterThanOrEqual(0);
            expect(outcome.withinTargetOfAnswered).toBeLessThanOrEqual(1);
          }
          expect(more.abandonRate).toBeLessThanOrEqual(fewer.abandonRate + 1e-12);
        },
      ),
    );
  });

  it('keeps an overloaded queue finite: abandonment near 1 - agents/traffic', () => {
    // 200 calls of 5 min on 10 agents is 66.7 Erlangs: the agents can take about 15%.
    const outcome = queueOutcome(10, 200, 300, 180, 120);
    expect(outcome.abandonRate).toBeGreaterThan(0.8);
    expect(outcome.abandonRate).toBeLessThan(0.9);
  });
});
