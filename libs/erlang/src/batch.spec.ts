import { ErlangInputError, erlangBatch, scheduledAgents } from './index';

const base = { calls: 100, intervalSeconds: 1800, ahtSeconds: 180, targetSeconds: 20 };

describe(erlangBatch.name, () => {
  it('solves without agents and evaluates with them, keeping the order', () => {
    const [solved, evaluated] = erlangBatch([
      { ...base, serviceLevelGoal: 0.8 },
      { ...base, agents: 11 },
    ]);
    expect(solved?.agents).toBe(14);
    expect(evaluated?.agents).toBe(11);
    expect(evaluated!.serviceLevel).toBeLessThan(solved!.serviceLevel);
  });

  // pyworkforce's documented example with a 0.85 occupancy cap and 30% shrinkage: 20 scheduled.
  it('applies shrinkage to scheduled agents without rounding', () => {
    const [result] = erlangBatch([
      { ...base, serviceLevelGoal: 0.8, maxOccupancy: 0.85, shrinkage: 0.3 },
    ]);
    expect(result?.scheduledAgents).toBeCloseTo(20, 12);
    expect(scheduledAgents(10, 0.2)).toBe(12.5);
  });

  it('uses Erlang A when patience is given and honours the abandonment cap', () => {
    const patient = { ...base, serviceLevelGoal: 0.5, patienceSeconds: 60 };
    const [loose, capped] = erlangBatch([patient, { ...patient, maxAbandonRate: 0.01 }]);
    expect(loose?.abandonRate).toBeGreaterThan(0.01);
    expect(capped?.abandonRate).toBeLessThanOrEqual(0.01);
    expect(capped!.agents).toBeGreaterThan(loose!.agents);
  });

  it('names the case index and the field of a bad case', () => {
    const bad = [
      { ...base, serviceLevelGoal: 0.8 },
      { ...base, ahtSeconds: -3, serviceLevelGoal: 0.8 },
    ];
    expect(() => erlangBatch(bad)).toThrow(
      new ErlangInputError(1, 'ahtSeconds', 'must be a finite number > 0, got -3'),
    );
    expect(() => erlangBatch([{ ...base }])).toThrow(
      /case 0: field "serviceLevelGoal" is required/,
    );
    expect(() => erlangBatch([{ ...base, agents: 2.5 }])).toThrow(
      /case 0: field "agents" must be a whole number/,
    );
    expect(() => erlangBatch([{ ...base, agents: 3, shrinkage: 1 }])).toThrow(/field "shrinkage"/);
    expect(() => erlangBatch([{ ...base, agents: 3, maxAbandonRate: 0.1 }])).toThrow(
      /needs patienceSeconds/,
    );
    expect(() => erlangBatch(['nope'])).toThrow(/case 0: field "\(case\)" must be an object/);
  });
});
