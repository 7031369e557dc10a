import { callWeightedServiceLevel, coverageOf, phoneAgentsPerInterval } from './coverage';
import { bygglovScenario } from './scenario.fixture';
import type { GroupReport, Schedule } from './types';

const scenario = bygglovScenario([]);

/** Four intervals from 08:00 on Monday and one on Tuesday; 08:45 is closed. */
const group: GroupReport = {
  answerGroup: 'bygglov',
  intervals: [
    {
      start: '2026-11-23T08:00:00+01:00',
      calls: 10,
      open: true,
      phoneAgents: 2,
      requiredAgents: 3,
      serviceLevel: 0.5,
    },
    {
      start: '2026-11-23T08:15:00+01:00',
      calls: 20,
      open: true,
      phoneAgents: 1,
      requiredAgents: 4,
      serviceLevel: 0.1,
    },
    {
      start: '2026-11-23T08:30:00+01:00',
      calls: 0,
      open: true,
      phoneAgents: 1,
      requiredAgents: 0,
      serviceLevel: 1,
    },
    {
      start: '2026-11-23T08:45:00+01:00',
      calls: 0,
      open: false,
      phoneAgents: 0,
      requiredAgents: 0,
      serviceLevel: 1,
    },
  ],
  days: [],
  week: { calls: 30, serviceLevel: 0.233, intervalsBelowGoal: 2 },
};

const phone = (start: string, end: string, answerGroup = 'bygglov') =>
  ({ type: 'phone', start, end, answerGroup }) as const;

describe('phoneAgentsPerInterval', () => {
  it('should count an agent only in the intervals a phone activity for the group covers in full', () => {
    const schedule: Schedule = {
      shifts: [
        {
          agentId: 'a-1',
          start: '2026-11-23T08:00:00+01:00',
          end: '2026-11-23T09:00:00+01:00',
          activities: [
            phone('2026-11-23T08:00:00+01:00', '2026-11-23T08:20:00+01:00'),
            { type: 'break', start: '2026-11-23T08:20:00+01:00', end: '2026-11-23T08:35:00+01:00' },
            phone('2026-11-23T08:35:00+01:00', '2026-11-23T09:00:00+01:00'),
          ],
        },
        {
          agentId: 'a-2',
          start: '2026-11-23T08:00:00+01:00',
          end: '2026-11-23T09:00:00+01:00',
          activities: [phone('2026-11-23T08:00:00+01:00', '2026-11-23T09:00:00+01:00', 'other')],
        },
      ],
    };
    expect(phoneAgentsPerInterval(schedule, 'bygglov', '2026-11-23T08:00:00+01:00', 4, 15)).toEqual(
      [1, 0, 0, 1],
    );
  });
});

describe('coverageOf', () => {
  const twoAgents: Schedule = {
    shifts: ['a-1', 'a-2'].map((agentId) => ({
      agentId,
      start: '2026-11-23T08:00:00+01:00',
      end: '2026-11-23T08:15:00+01:00',
      activities: [phone('2026-11-23T08:00:00+01:00', '2026-11-23T08:15:00+01:00')],
    })),
  };

  it("should keep the report's service level where the staffing is the report's", () => {
    const [first] = coverageOf(scenario, group, twoAgents);
    expect(first).toEqual({
      start: '2026-11-23T08:00:00+01:00',
      calls: 10,
      open: true,
      scheduled: 2,
      required: 3,
      serviceLevel: 0.5,
    });
  });

  it('should recompute the service level with Erlang C where an edit changed the staffing', () => {
    const points = coverageOf(scenario, group, twoAgents);
    // 08:15: the report had one agent, the edited schedule none: calls and nobody to answer.
    expect(points[1]).toMatchObject({ scheduled: 0, required: 4, serviceLevel: 0 });
    // 08:30: no calls, so the goal is met whatever the staffing.
    expect(points[2]).toMatchObject({ scheduled: 0, serviceLevel: 1 });
    // Closed: no service level to show.
    expect(points[3]).toMatchObject({ open: false, serviceLevel: null });
    const more: Schedule = {
      shifts: Array.from({ length: 4 }, (_, i) => ({
        agentId: `a-${i}`,
        start: '2026-11-23T08:15:00+01:00',
        end: '2026-11-23T08:30:00+01:00',
        activities: [phone('2026-11-23T08:15:00+01:00', '2026-11-23T08:30:00+01:00')],
      })),
    };
    // 20 calls of 5 minutes in 15 minutes is 6.67 Erlangs: 4 agents cannot keep up.
    expect(coverageOf(scenario, group, more)[1]?.serviceLevel).toBe(0);
  });

  it('should keep only the intervals of the dates asked for', () => {
    expect(coverageOf(scenario, group, twoAgents, ['2026-11-24'])).toEqual([]);
    expect(coverageOf(scenario, group, twoAgents, ['2026-11-23'])).toHaveLength(4);
  });

  it('should weight the service level by calls over the open intervals', () => {
    const points = coverageOf(scenario, group, twoAgents);
    expect(callWeightedServiceLevel(points)).toBeCloseTo((10 * 0.5 + 20 * 0) / 30, 10);
    expect(callWeightedServiceLevel([])).toBe(1);
  });
});
