import { erlangBatch } from '@bemanna/erlang';
import type { AnswerGroup } from '../answer-groups/answer-group.entity';
import { isoWeekOf, staffingRequirements } from './staffing-requirements';

function group(overrides: Partial<AnswerGroup> = {}): AnswerGroup {
  return {
    id: 'bygglov',
    name: 'Bygglov',
    ahtSeconds: 180,
    serviceLevelGoal: 0.8,
    targetSeconds: 20,
    patienceSeconds: null,
    maxOccupancy: null,
    defaultShrinkage: 0.3,
    openingHours: [],
    specialDays: [],
    monthlyShrinkage: [],
    createdAt: new Date(0),
    ...overrides,
  };
}

describe(isoWeekOf.name, () => {
  it('should follow ISO 8601 across the turn of the year', () => {
    expect(isoWeekOf('2026-11-25')).toEqual({ week: '2026-W48', weekStart: '2026-11-23' });
    expect(isoWeekOf('2027-01-01')).toEqual({ week: '2026-W53', weekStart: '2026-12-28' });
    expect(isoWeekOf('2024-12-30')).toEqual({ week: '2025-W01', weekStart: '2024-12-30' });
  });
});

describe(staffingRequirements.name, () => {
  const start = Date.parse('2025-07-07T06:00:00Z'); // 08:00 in Stockholm, a July Monday

  it("should use the month's shrinkage and the forecast AHT, falling back on the group's", () => {
    const sut = staffingRequirements(
      [
        group({
          monthlyShrinkage: [{ answerGroupId: 'bygglov', month: 7, shrinkage: 0.5 } as never],
        }),
      ],
      [
        { answerGroupId: 'bygglov', startMs: start, calls: 100, ahtSeconds: 240 },
        { answerGroupId: 'bygglov', startMs: start + 1_800_000, calls: 100, ahtSeconds: null },
      ],
      30,
      'Europe/Stockholm',
    );
    const [expected240, expected180] = erlangBatch([
      {
        calls: 100,
        intervalSeconds: 1800,
        ahtSeconds: 240,
        targetSeconds: 20,
        serviceLevelGoal: 0.8,
        shrinkage: 0.5,
      },
      {
        calls: 100,
        intervalSeconds: 1800,
        ahtSeconds: 180,
        targetSeconds: 20,
        serviceLevelGoal: 0.8,
        shrinkage: 0.5,
      },
    ]);
    const [first, second] = sut.groups[0]?.intervals ?? [];
    expect(first).toMatchObject({
      intervalStart: '2025-07-07T08:00:00+02:00',
      ahtSeconds: 240,
      agents: expected240?.agents,
      shrinkage: 0.5,
    });
    expect(second).toMatchObject({ ahtSeconds: 180, agents: expected180?.agents });
    expect(sut.groups[0]?.days[0]?.agentHours).toBe(
      ((expected240?.agents ?? 0) + (expected180?.agents ?? 0)) / 2,
    );
  });

  it('should choose Erlang A where the group has a patience, and report abandonment', () => {
    const sut = staffingRequirements(
      [group({ patienceSeconds: 120 })],
      [{ answerGroupId: 'bygglov', startMs: start, calls: 20, ahtSeconds: null }],
      15,
      'Europe/Stockholm',
    );
    expect(sut.groups[0]?.model).toBe('erlang-a');
    expect(sut.groups[0]?.intervals[0]?.abandonRate).toBeGreaterThan(0);
  });

  it('should give zero agents and no service level for a day without calls', () => {
    const sut = staffingRequirements(
      [group()],
      [{ answerGroupId: 'bygglov', startMs: start, calls: 0, ahtSeconds: null }],
      15,
      'Europe/Stockholm',
    );
    expect(sut.groups[0]?.days[0]).toMatchObject({ agentHours: 0, fte: 0, serviceLevel: null });
    expect(sut.total.calls).toBe(0);
  });
});
