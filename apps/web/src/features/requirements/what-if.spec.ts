import type { IntervalRequirement } from '../../api/types';
import { serviceLevelAt, staffingTotals, type WhatIfSettings, whatIfIntervals } from './what-if';

/** pyworkforce's documented example: 100 calls per 30 min, AHT 180 s, 80 % within 20 s. */
const interval = (overrides: Partial<IntervalRequirement> = {}): IntervalRequirement => ({
  intervalStart: '2026-11-23T09:00:00+01:00',
  calls: 100,
  ahtSeconds: 180,
  trafficErlangs: 10,
  agents: 14,
  serviceLevel: 0.8884,
  asaSeconds: 8,
  occupancy: 0.71,
  shrinkage: 0.3,
  scheduledAgents: 20,
  ...overrides,
});

const settings: WhatIfSettings = {
  serviceLevelGoal: 0.8,
  targetSeconds: 20,
  ahtSeconds: 180,
  shrinkage: 0.3,
  patienceSeconds: null,
  maxOccupancy: null,
};

describe('whatIfIntervals', () => {
  it('should reproduce pyworkforce: 14 agents, service level 0.8884 (its documentation)', () => {
    const [result] = whatIfIntervals([interval()], 30, settings);
    expect(result?.agents).toBe(14);
    expect(result?.serviceLevel).toBeCloseTo(0.8884, 4);
    expect(result?.scheduledAgents).toBeCloseTo(20, 0);
  });

  it('should need more agents for a stricter goal and fewer for a longer AHT cut', () => {
    const [stricter] = whatIfIntervals([interval()], 30, { ...settings, serviceLevelGoal: 0.95 });
    const [shorter] = whatIfIntervals([interval()], 30, { ...settings, ahtSeconds: 120 });
    expect(stricter?.agents).toBeGreaterThan(14);
    expect(shorter?.agents).toBeLessThan(14);
  });

  it('should scale each interval AHT so the mean becomes the what-if AHT, keeping the shape', () => {
    const results = whatIfIntervals(
      [interval({ ahtSeconds: 150 }), interval({ ahtSeconds: 210 })],
      30,
      { ...settings, ahtSeconds: 360 },
    );
    expect(results.map((r) => r.ahtSeconds)).toEqual([300, 420]);
  });

  it('should need no agents without calls', () => {
    const [quiet] = whatIfIntervals([interval({ calls: 0 })], 30, settings);
    expect(quiet?.agents).toBe(0);
  });

  it('should schedule more agents with more shrinkage', () => {
    const [result] = whatIfIntervals([interval()], 30, { ...settings, shrinkage: 0.5 });
    expect(result?.scheduledAgents).toBe(28);
  });
});

describe('serviceLevelAt', () => {
  it('should give the Erlang C service level at a chosen staffing', () => {
    expect(serviceLevelAt(14, { trafficErlangs: 10, ahtSeconds: 180 }, 20, null)).toBeCloseTo(
      0.8884,
      4,
    );
    // At or below the traffic the queue grows without bound: no call is answered in time.
    expect(serviceLevelAt(10, { trafficErlangs: 10, ahtSeconds: 180 }, 20, null)).toBe(0);
  });

  it('should stay finite under Erlang A when callers hang up', () => {
    const level = serviceLevelAt(10, { trafficErlangs: 10, ahtSeconds: 180 }, 20, 120);
    expect(level).toBeGreaterThan(0);
    expect(level).toBeLessThan(1);
  });
});

describe('staffingTotals', () => {
  it('should add agent-hours and count an FTE as 40 hours a week', () => {
    const totals = staffingTotals(
      [
        { calls: 100, agents: 14, scheduledAgents: 20, serviceLevel: 0.9 },
        { calls: 50, agents: 8, scheduledAgents: 10, serviceLevel: 0.6 },
      ],
      30,
      7,
    );
    expect(totals.agentHours).toBe(11);
    expect(totals.scheduledAgentHours).toBe(15);
    expect(totals.fte).toBeCloseTo(15 / 40, 10);
    expect(totals.serviceLevel).toBeCloseTo(0.8, 10);
  });
});
