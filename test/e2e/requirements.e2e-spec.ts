import { type ErlangCase, erlangBatch } from '@bemanna/erlang';
import { answerGroupBody, formatA } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

interface IntervalRequirement {
  intervalStart: string;
  calls: number;
  ahtSeconds: number;
  agents: number;
  serviceLevel: number;
  asaSeconds: number | null;
  occupancy: number;
  abandonRate?: number;
  shrinkage: number;
  scheduledAgents: number;
  trafficErlangs: number;
}

describe('Staffing requirements', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await startTestApp();
    await sut
      .http()
      .post('/api/answer-groups')
      .send(
        answerGroupBody({
          id: 'kundtjanst',
          ahtSeconds: 180,
          targetSeconds: 20,
          maxOccupancy: 0.85,
        }),
      )
      .expect(201);
    await sut
      .http()
      .post('/api/answer-groups')
      .send(
        answerGroupBody({ id: 'aldre', ahtSeconds: 420, targetSeconds: 120, patienceSeconds: 200 }),
      )
      .expect(201);
    await sut
      .http()
      .put('/api/answer-groups/aldre/shrinkage')
      .send({ months: [{ month: 11, shrinkage: 0.35 }] })
      .expect(200);
  });

  afterAll(async () => {
    await sut?.close();
  });

  const importForecast = async (file: Buffer, name: string): Promise<number> =>
    (
      await sut
        .http()
        .post('/api/forecasts/import')
        .field('name', name)
        .attach('file', file, `${name}.csv`)
        .expect(201)
    ).body.id;

  it("should match pyworkforce's documented example: 14 agents at 0.8884, 20 scheduled", async () => {
    // pyworkforce ErlangC docs: 100 calls per 30 min, AHT 3 min, 80% in 20 s -> 14 agents,
    // service level 0.8884; with max occupancy 0.85 and 30% shrinkage -> 20 positions.
    const id = await importForecast(
      formatA(
        [
          ['2025-11-03T08:00:00+01:00', 'kundtjanst', 100, 180],
          ['2025-11-03T08:30:00+01:00', 'kundtjanst', 100, 180],
        ],
        'interval_start,answer_group,offered,aht_seconds',
      ),
      'pyworkforce',
    );
    const response = await sut
      .http()
      .get('/api/requirements')
      .query({
        forecastVersionId: id,
        answerGroupId: 'kundtjanst',
        from: '2025-11-03',
        to: '2025-11-03',
      })
      .expect(200);
    expect(response.body.intervalMinutes).toBe(30);
    const [first] = response.body.answerGroups[0].intervals as IntervalRequirement[];
    expect(first).toMatchObject({
      intervalStart: '2025-11-03T08:00:00+01:00',
      agents: 14,
      trafficErlangs: 10,
    });
    expect(first?.serviceLevel).toBeCloseTo(0.8884, 4);
    expect(Math.ceil(first?.scheduledAgents ?? 0)).toBe(20);
  });

  it('should give per interval exactly what @bemanna/erlang gives, with day and week totals', async () => {
    const rows: (string | number)[][] = [];
    for (const date of ['2025-11-03', '2025-11-04']) {
      for (const [index, time] of ['08:00', '08:15', '08:30', '08:45'].entries()) {
        rows.push([
          `${date}T${time}:00+01:00`,
          'kundtjanst',
          20 + index * 3.5,
          index % 2 ? '' : 200,
        ]);
        rows.push([`${date}T${time}:00+01:00`, 'aldre', 6 + index, '']);
      }
    }
    const id = await importForecast(
      formatA(rows, 'interval_start,answer_group,offered,aht_seconds'),
      'two-days',
    );
    const response = await sut
      .http()
      .get('/api/requirements')
      .query({ forecastVersionId: id, from: '2025-11-03', to: '2025-11-04' })
      .expect(200);
    const groups = response.body.answerGroups as {
      answerGroupId: string;
      model: string;
      intervals: IntervalRequirement[];
      days: {
        date: string;
        agentHours: number;
        scheduledAgentHours: number;
        fte: number;
        calls: number;
      }[];
      weeks: { week: string; weekStart: string; fte: number; scheduledAgentHours: number }[];
    }[];
    expect(groups.map((group) => [group.answerGroupId, group.model])).toEqual([
      ['aldre', 'erlang-a'],
      ['kundtjanst', 'erlang-c'],
    ]);

    const [aldre, kundtjanst] = groups as [(typeof groups)[0], (typeof groups)[0]];
    const expected = (
      group: typeof aldre,
      base: Omit<ErlangCase, 'calls' | 'ahtSeconds'>,
      ahtOf: (i: number) => number,
    ) =>
      erlangBatch(
        group.intervals.map((interval, i) => ({
          ...base,
          calls: interval.calls,
          ahtSeconds: ahtOf(i),
        })),
      );

    const kundtjanstExpected = expected(
      kundtjanst,
      {
        intervalSeconds: 900,
        targetSeconds: 20,
        serviceLevelGoal: 0.8,
        maxOccupancy: 0.85,
        shrinkage: 0.3,
      },
      (i) => ((i % 4) % 2 ? 180 : 200),
    );
    const aldreExpected = expected(
      aldre,
      {
        intervalSeconds: 900,
        targetSeconds: 120,
        serviceLevelGoal: 0.8,
        shrinkage: 0.35,
        patienceSeconds: 200,
      },
      () => 420,
    );
    for (const [group, results] of [
      [kundtjanst, kundtjanstExpected],
      [aldre, aldreExpected],
    ] as const) {
      expect(group.intervals).toHaveLength(8);
      group.intervals.forEach((interval, i) => {
        const result = results[i];
        expect(interval).toMatchObject({
          agents: result?.agents,
          serviceLevel: result?.serviceLevel,
          asaSeconds: result?.asaSeconds,
          occupancy: result?.occupancy,
          scheduledAgents: result?.scheduledAgents,
          trafficErlangs: result?.trafficErlangs,
        });
      });
      const agentHours = results.slice(0, 4).reduce((sum, r) => sum + r.agents * 0.25, 0);
      const scheduledHours = results
        .slice(0, 4)
        .reduce((sum, r) => sum + r.scheduledAgents * 0.25, 0);
      expect(group.days[0]).toMatchObject({ date: '2025-11-03' });
      expect(group.days[0]?.agentHours).toBeCloseTo(agentHours, 9);
      expect(group.days[0]?.fte).toBeCloseTo(scheduledHours / 8, 9);
      const weekHours = results.reduce((sum, r) => sum + r.scheduledAgents * 0.25, 0);
      expect(group.weeks).toEqual([
        expect.objectContaining({ week: '2025-W45', weekStart: '2025-11-03' }),
      ]);
      expect(group.weeks[0]?.fte).toBeCloseTo(weekHours / 40, 9);
    }
    expect(aldre.intervals[0]?.abandonRate).toBe(aldreExpected[0]?.abandonRate);
    expect(aldre.intervals[0]?.shrinkage).toBe(0.35);
  });

  it('should forecast from history as the mean of the same weekday and time', async () => {
    const rows: (string | number)[][] = [];
    // Two Mondays of history, 10 and 20 calls at 09:00: the forecast Monday gets 15.
    rows.push(['2025-11-03T09:00:00+01:00', 'kundtjanst', 10, 10, 170]);
    rows.push(['2025-11-10T09:00:00+01:00', 'kundtjanst', 20, 20, 200]);
    await sut
      .http()
      .post('/api/history/imports')
      .field('intervalMinutes', '15')
      .attach('file', formatA(rows), 'history.csv')
      .expect(201);
    const version = (
      await sut
        .http()
        .post('/api/forecasts/seasonal-mean')
        .send({ from: '2025-11-17', days: 7, weeks: 2 })
        .expect(201)
    ).body;
    expect(version).toMatchObject({
      method: 'seasonal-mean',
      firstDay: '2025-11-17',
      lastDay: '2025-11-23',
      intervalMinutes: 15,
    });
    expect(version.accuracy.map((entry: { answerGroupId: string }) => entry.answerGroupId)).toEqual(
      ['aldre', 'kundtjanst'],
    );
    const intervals = (
      await sut
        .http()
        .get(`/api/forecasts/${version.id}/intervals`)
        .query({ answerGroupId: 'kundtjanst', from: '2025-11-17', to: '2025-11-17' })
        .expect(200)
    ).body as { intervalStart: string; calls: number; ahtSeconds: number | null }[];
    expect(intervals).toHaveLength(96);
    expect(
      intervals.find((interval) => interval.intervalStart === '2025-11-17T09:00:00+01:00'),
    ).toEqual({
      intervalStart: '2025-11-17T09:00:00+01:00',
      calls: 15,
      ahtSeconds: (10 * 170 + 20 * 200) / 30,
    });
    // Its daily view is summed from the intervals (it stores no days), without bounds.
    const days = (
      await sut
        .http()
        .get(`/api/forecasts/${version.id}/days`)
        .query({ answerGroupId: 'kundtjanst', from: '2025-11-17', to: '2025-11-18' })
        .expect(200)
    ).body;
    expect(days).toEqual([
      { answerGroupId: 'kundtjanst', date: '2025-11-17', calls: 15, low: null, high: null },
      { answerGroupId: 'kundtjanst', date: '2025-11-18', calls: 0, low: null, high: null },
    ]);
  });

  it('should answer 400 with field messages for a bad query, 404 for an unknown version', async () => {
    const missing = await sut.http().get('/api/requirements').expect(400);
    expect(missing.body.errors.map((error: { field: string }) => error.field)).toEqual(
      expect.arrayContaining(['forecastVersionId', 'from', 'to']),
    );
    const bad = await sut
      .http()
      .get('/api/requirements')
      .query({
        forecastVersionId: 'one',
        from: '2025-13-01',
        to: '2025-02-30',
        answerGroupId: 'a b',
      })
      .expect(400);
    expect(bad.body.errors.map((error: { field: string }) => error.field).sort()).toEqual([
      'answerGroupId',
      'forecastVersionId',
      'from',
      'to',
    ]);
    await sut
      .http()
      .get('/api/requirements')
      .query({ forecastVersionId: 1, from: '2025-11-04', to: '2025-11-03' })
      .expect(400);
    await sut
      .http()
      .get('/api/requirements')
      .query({ forecastVersionId: 999, from: '2025-11-03', to: '2025-11-03' })
      .expect(404);
    await sut
      .http()
      .get('/api/requirements')
      .query({
        forecastVersionId: 1,
        answerGroupId: 'saknas',
        from: '2025-11-03',
        to: '2025-11-03',
      })
      .expect(404);
  });
});
