import type {
  AnswerGroup,
  ForecastVersion,
  GroupRequirements,
  HistoryImport,
} from '../../api/types';
import {
  historyIntervalsBelowGoal,
  importNewerThanForecast,
  planningVersion,
  summariseWeek,
} from './summarise';

const group = (id: string): AnswerGroup => ({
  id,
  name: id.toUpperCase(),
  ahtSeconds: 300,
  serviceLevelGoal: 0.8,
  targetSeconds: 120,
  patienceSeconds: null,
  maxOccupancy: null,
  defaultShrinkage: 0.3,
  openingHours: [null, null, null, null, null, null, null],
  specialDays: [],
  shrinkageByMonth: Array(12).fill(0.3),
});

const version = (
  id: number,
  firstDay: string,
  lastDay: string,
  createdAt: string,
): ForecastVersion => ({
  id,
  name: `v${id}`,
  method: 'seasonal-mean',
  intervalMinutes: 15,
  firstDay,
  lastDay,
  accuracy: [],
  createdAt,
});

const totals = (
  date: string,
  calls: number,
  scheduledAgentHours: number,
  serviceLevel: number,
) => ({
  date,
  calls,
  agentHours: scheduledAgentHours * 0.7,
  scheduledAgentHours,
  fte: scheduledAgentHours / 8,
  serviceLevel,
});

describe('summariseWeek', () => {
  const requirements: GroupRequirements = {
    answerGroupId: 'bygglov',
    model: 'erlang-c',
    serviceLevelGoal: 0.8,
    targetSeconds: 120,
    intervals: [
      {
        intervalStart: '2026-11-23T08:00:00+01:00',
        calls: 10,
        ahtSeconds: 300,
        trafficErlangs: 3.3,
        agents: 6,
        serviceLevel: 0.85,
        asaSeconds: 10,
        occupancy: 0.5,
        shrinkage: 0.3,
        scheduledAgents: 8.6,
      },
      {
        intervalStart: '2026-11-24T08:00:00+01:00',
        calls: 40,
        ahtSeconds: 300,
        trafficErlangs: 13.3,
        agents: 9,
        serviceLevel: 0.7,
        asaSeconds: 60,
        occupancy: 0.9,
        shrinkage: 0.3,
        scheduledAgents: 12.9,
      },
      {
        intervalStart: '2026-11-30T08:00:00+01:00',
        calls: 99,
        ahtSeconds: 300,
        trafficErlangs: 33,
        agents: 40,
        serviceLevel: 0.9,
        asaSeconds: 5,
        occupancy: 0.8,
        shrinkage: 0.3,
        scheduledAgents: 57,
      },
    ],
    days: [
      totals('2026-11-23', 10, 40, 0.85),
      totals('2026-11-24', 40, 40, 0.7),
      totals('2026-11-30', 99, 80, 0.9),
    ],
    weeks: [],
  };

  it('should sum the week, weight its service level by calls and flag what needs attention', () => {
    const [summary, empty] = summariseWeek(
      '2026-11-23',
      [group('bygglov'), group('skola')],
      [requirements],
    );
    expect(summary).toMatchObject({
      answerGroupId: 'bygglov',
      forecastCalls: 50,
      peakAgents: 9,
      scheduledAgentHours: 80,
      fte: 2,
      intervalsBelowGoal: 1,
      daysWithoutForecast: 5,
    });
    expect(summary?.serviceLevel).toBeCloseTo((10 * 0.85 + 40 * 0.7) / 50, 10);
    expect(empty).toMatchObject({ forecastCalls: 0, serviceLevel: null, daysWithoutForecast: 7 });
  });
});

describe('planningVersion', () => {
  it('should take the newest version covering today', () => {
    const older = version(1, '2026-11-16', '2026-12-13', '2026-11-15T10:00:00.000Z');
    const newer = version(2, '2026-11-23', '2026-12-20', '2026-11-22T10:00:00.000Z');
    const future = version(3, '2026-12-01', '2026-12-31', '2026-11-23T10:00:00.000Z');
    expect(planningVersion([older, newer, future], '2026-11-23', '2026-12-06')?.id).toBe(2);
  });

  it('should fall back to a version that starts later in the two weeks', () => {
    const future = version(3, '2026-12-01', '2026-12-31', '2026-11-23T10:00:00.000Z');
    expect(planningVersion([future], '2026-11-23', '2026-12-06')?.id).toBe(3);
    expect(planningVersion([future], '2026-11-09', '2026-11-22')).toBeUndefined();
  });
});

describe('importNewerThanForecast', () => {
  const entry = (id: number, createdAt: string, rowCount = 10): HistoryImport => ({
    id,
    fileName: `f${id}.csv`,
    fileSha256: '',
    profileId: null,
    intervalMinutes: 15,
    rowCount,
    inserted: rowCount,
    updated: 0,
    unchanged: 0,
    firstIntervalStart: null,
    lastIntervalStart: null,
    createdAt,
  });

  it('should name the newest import made after the forecast', () => {
    const forecast = version(1, '2026-11-23', '2026-12-20', '2026-11-22T10:00:00.000Z');
    const found = importNewerThanForecast(forecast, [
      entry(1, '2026-11-21T10:00:00.000Z'),
      entry(2, '2026-11-23T08:00:00.000Z'),
      entry(3, '2026-11-23T09:00:00.000Z'),
    ]);
    expect(found?.id).toBe(3);
    expect(
      importNewerThanForecast(forecast, [entry(1, '2026-11-21T10:00:00.000Z')]),
    ).toBeUndefined();
  });
});

describe('historyIntervalsBelowGoal', () => {
  it('should count intervals whose share answered in time missed the goal', () => {
    const base = { intervalMinutes: 15, answered: null, abandoned: null, ahtSeconds: null };
    expect(
      historyIntervalsBelowGoal(
        [
          { ...base, intervalStart: 'a', offered: 10, answeredWithinTarget: 7 },
          { ...base, intervalStart: 'b', offered: 10, answeredWithinTarget: 8 },
          { ...base, intervalStart: 'c', offered: 0, answeredWithinTarget: 0 },
          { ...base, intervalStart: 'd', offered: 10, answeredWithinTarget: null },
        ],
        0.8,
      ),
    ).toBe(1);
  });
});
