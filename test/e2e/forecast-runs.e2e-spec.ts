import { forecast, parseFormatA } from '@bemanna/forecast';
import { answerGroupBody } from './support/factories';
import { importHistory, syntheticHistoryCsv, waitForJob } from './support/jobs';
import { startTestApp, type TestApp } from './support/test-app';

const FROM = '2025-11-17'; // a Monday, after seven weeks of history
const HISTORY = syntheticHistoryCsv(
  [
    { id: 'bygglov', base: 12 },
    { id: 'parkering', base: 6 },
  ],
  '2025-09-29',
  49,
);

interface Bounds {
  intervalStart: string;
  calls: number;
  low: number | null;
  high: number | null;
}

describe('Forecast runs', () => {
  let sut: TestApp;
  let versionId: number;

  beforeAll(async () => {
    sut = await startTestApp();
    for (const id of ['bygglov', 'parkering']) {
      await sut
        .http()
        .post('/api/answer-groups')
        .send(answerGroupBody({ id, name: id }))
        .expect(201);
    }
    await importHistory(sut, HISTORY);
    const accepted = await sut
      .http()
      .post('/api/forecasts/runs')
      .send({ from: FROM, days: 7, backtestOrigins: 2, name: 'Vecka 47' })
      .expect(202);
    const job = await waitForJob(sut, accepted.body.jobId);
    expect(job).toMatchObject({ status: 'succeeded', progress: 1, error: null, attempts: 1 });
    versionId = job.result?.forecastVersionId as number;
  });

  afterAll(async () => {
    await sut?.close();
  });

  it('should say the nightly forecast is off when the configuration turns it off', async () => {
    const status = await sut.http().get('/api/forecasts/runs/nightly').expect(200);
    expect(status.body).toEqual({ schedule: null, timeZone: 'Europe/Stockholm', next: null });
  });

  it('should list the run among the jobs of its kind', async () => {
    const jobs = (await sut.http().get('/api/jobs').query({ kind: 'forecast-run' }).expect(200))
      .body as { kind: string; status: string }[];
    expect(jobs.length).toBeGreaterThanOrEqual(1);
    expect(jobs.every((job) => job.kind === 'forecast-run')).toBe(true);
    expect(
      (await sut.http().get('/api/jobs').query({ kind: 'schedule-generation' }).expect(200)).body,
    ).toEqual([]);
  });

  it('should store a version with a method per group and the accuracy table', async () => {
    const details = (await sut.http().get(`/api/forecasts/${versionId}/details`).expect(200)).body;
    expect(details).toMatchObject({
      id: versionId,
      name: 'Vecka 47',
      method: 'auto',
      firstDay: FROM,
      lastDay: '2025-11-23',
      predictionLevel: 0.8,
    });
    expect(Object.keys(details.methods).sort()).toEqual(['bygglov', 'parkering']);
    for (const group of details.accuracyDetails) {
      expect(group.chosenBy).toBe('backtest');
      expect(group.methods.length).toBeGreaterThanOrEqual(4);
      expect(group.methods[0].method).toBe(group.method);
      for (const row of group.methods) {
        for (const level of [row.interval, row.daily]) {
          expect(level.wape).toEqual(expect.any(Number));
          expect(level.bias).toEqual(expect.any(Number));
          expect(level.count).toBeGreaterThan(0);
        }
      }
    }
    // The original accuracy field is still filled: the chosen method's interval WAPE.
    expect(details.accuracy).toHaveLength(2);
    expect(details.accuracy[0].wape).toEqual(
      details.accuracyDetails.find(
        (g: { answerGroupId: string }) => g.answerGroupId === details.accuracy[0].answerGroupId,
      ).methods[0].interval.wape,
    );
  });

  it('should agree with calling @bemanna/forecast directly on the same history', async () => {
    const direct = forecast({
      history: parseFormatA(HISTORY).rows,
      from: FROM,
      days: 7,
      timeZone: 'Europe/Stockholm',
      country: 'SE',
      backtestOrigins: 2,
    });
    for (const group of ['bygglov', 'parkering']) {
      const stored = (
        await sut
          .http()
          .get(`/api/forecasts/${versionId}/interval-bounds`)
          .query({ answerGroupId: group, from: FROM, to: '2025-11-23' })
          .expect(200)
      ).body as Bounds[];
      const expected = direct.rows.filter((row) => row.answerGroup === group);
      expect(stored).toHaveLength(expected.length);
      stored.forEach((interval, i) => {
        const row = expected[i];
        expect(Date.parse(interval.intervalStart)).toBe(row?.startMs);
        expect(interval.calls).toBeCloseTo(row?.offered ?? Number.NaN, 9);
        expect(interval.low).toBeCloseTo(row?.offeredLow ?? Number.NaN, 9);
        expect(interval.high).toBeCloseTo(row?.offeredHigh ?? Number.NaN, 9);
      });
      const days = (
        await sut
          .http()
          .get(`/api/forecasts/${versionId}/days`)
          .query({ answerGroupId: group })
          .expect(200)
      ).body as { date: string; calls: number; low: number; high: number }[];
      const expectedDays = direct.daily.filter((day) => day.answerGroup === group);
      expect(days.map((day) => day.date)).toEqual(expectedDays.map((day) => day.date));
      days.forEach((day, i) => {
        expect(day.calls).toBeCloseTo(expectedDays[i]?.offered ?? Number.NaN, 9);
        expect(day.low).toBeCloseTo(expectedDays[i]?.offeredLow ?? Number.NaN, 9);
        expect(day.high).toBeCloseTo(expectedDays[i]?.offeredHigh ?? Number.NaN, 9);
      });
      // The existing intervals endpoint reads the same numbers.
      const plain = (
        await sut
          .http()
          .get(`/api/forecasts/${versionId}/intervals`)
          .query({ answerGroupId: group, from: FROM, to: '2025-11-23' })
          .expect(200)
      ).body as { calls: number }[];
      expect(plain.map((p) => p.calls)).toEqual(stored.map((s) => s.calls));
    }
  });

  it('should adjust one day by +10% into a new version, leaving other days, groups and the old version alone', async () => {
    const tuesday = '2025-11-18';
    const adjusted = (
      await sut
        .http()
        .post(`/api/forecasts/${versionId}/adjustments`)
        .send({
          answerGroupId: 'bygglov',
          from: tuesday,
          to: tuesday,
          percent: 10,
          note: 'Utskick',
        })
        .expect(201)
    ).body;
    expect(adjusted.id).not.toBe(versionId);
    expect(adjusted.derivedFromId).toBe(versionId);
    expect(adjusted.adjustments).toEqual([
      expect.objectContaining({
        answerGroupId: 'bygglov',
        from: tuesday,
        to: tuesday,
        percent: 10,
        absoluteCalls: null,
        note: 'Utskick',
        appliedToVersionId: versionId,
      }),
    ]);
    expect(adjusted.adjustments[0].callsAfter).toBeCloseTo(
      adjusted.adjustments[0].callsBefore * 1.1,
      9,
    );

    const compared = (
      await sut
        .http()
        .get('/api/forecasts/compare')
        .query({ a: versionId, b: adjusted.id, answerGroupId: 'bygglov' })
        .expect(200)
    ).body as {
      days: { date: string; a: number; b: number; difference: number }[];
      totalA: number;
      totalB: number;
    };
    expect(compared.days).toHaveLength(7);
    for (const day of compared.days) {
      if (day.date === tuesday) {
        expect(day.a).toBeGreaterThan(0);
        expect(day.b).toBeCloseTo(day.a * 1.1, 9);
        expect(day.difference).toBeCloseTo(day.a * 0.1, 9);
      } else {
        expect(day.b).toBeCloseTo(day.a, 12);
      }
    }
    const other = (
      await sut
        .http()
        .get('/api/forecasts/compare')
        .query({ a: versionId, b: adjusted.id, answerGroupId: 'parkering' })
        .expect(200)
    ).body as { totalA: number; totalB: number };
    expect(other.totalB).toBeCloseTo(other.totalA, 12);

    // Staffing requirements read the new version's adjusted calls.
    const requirements = async (id: number) =>
      (
        await sut
          .http()
          .get('/api/requirements')
          .query({ forecastVersionId: id, answerGroupId: 'bygglov', from: tuesday, to: tuesday })
          .expect(200)
      ).body.answerGroups[0].days[0];
    const before = await requirements(versionId);
    const after = await requirements(adjusted.id);
    expect(after.calls).toBeCloseTo(before.calls * 1.1, 9);
    expect(after.agentHours).toBeGreaterThanOrEqual(before.agentHours);

    // The adjusted day's prediction interval moves with it.
    const days = (
      await sut
        .http()
        .get(`/api/forecasts/${adjusted.id}/days`)
        .query({ answerGroupId: 'bygglov', from: tuesday, to: tuesday })
        .expect(200)
    ).body;
    const oldDays = (
      await sut
        .http()
        .get(`/api/forecasts/${versionId}/days`)
        .query({ answerGroupId: 'bygglov', from: tuesday, to: tuesday })
        .expect(200)
    ).body;
    expect(days[0].high).toBeCloseTo(oldDays[0].high * 1.1, 9);
  });

  it('should add absolute calls to each day in the range, chaining adjustments on a derived version', async () => {
    const first = (
      await sut
        .http()
        .post(`/api/forecasts/${versionId}/adjustments`)
        .send({ answerGroupId: 'parkering', from: '2025-11-19', to: '2025-11-20', percent: -50 })
        .expect(201)
    ).body;
    const second = (
      await sut
        .http()
        .post(`/api/forecasts/${first.id}/adjustments`)
        .send({
          answerGroupId: 'parkering',
          from: '2025-11-20',
          to: '2025-11-20',
          absoluteCalls: 40,
        })
        .expect(201)
    ).body;
    expect(second.adjustments).toHaveLength(2);
    const compared = (
      await sut
        .http()
        .get('/api/forecasts/compare')
        .query({ a: versionId, b: second.id, answerGroupId: 'parkering' })
        .expect(200)
    ).body as { days: { date: string; a: number; b: number }[] };
    const byDate = new Map(compared.days.map((day) => [day.date, day]));
    expect(byDate.get('2025-11-19')?.b).toBeCloseTo((byDate.get('2025-11-19')?.a ?? 0) * 0.5, 9);
    expect(byDate.get('2025-11-20')?.b).toBeCloseTo(
      (byDate.get('2025-11-20')?.a ?? 0) * 0.5 + 40,
      9,
    );
    expect(byDate.get('2025-11-21')?.b).toBeCloseTo(byDate.get('2025-11-21')?.a ?? 0, 12);
  });

  it('should compare all groups summed when no group is named', async () => {
    const compared = (
      await sut
        .http()
        .get('/api/forecasts/compare')
        .query({ a: versionId, b: versionId })
        .expect(200)
    ).body;
    expect(compared.answerGroupId).toBeNull();
    expect(compared.days).toHaveLength(7);
    expect(compared.totalA).toBeGreaterThan(0);
    expect(compared.days.every((day: { difference: number }) => day.difference === 0)).toBe(true);
  });

  it('should answer 400 with field messages on bad requests', async () => {
    const fields = (body: { errors: { field: string }[] }) =>
      body.errors.map((error) => error.field);
    let response = await sut
      .http()
      .post('/api/forecasts/runs')
      .send({ days: 0, method: 'magic', answerGroupIds: [], predictionLevel: 2 })
      .expect(400);
    expect(fields(response.body)).toEqual(
      expect.arrayContaining(['from', 'days', 'method', 'answerGroupIds', 'predictionLevel']),
    );
    response = await sut
      .http()
      .post(`/api/forecasts/${versionId}/adjustments`)
      .send({ answerGroupId: 'bygglov', from: FROM, to: FROM })
      .expect(400);
    expect(fields(response.body)).toEqual(['percent']);
    response = await sut
      .http()
      .post(`/api/forecasts/${versionId}/adjustments`)
      .send({ answerGroupId: 'bygglov', from: FROM, to: FROM, percent: 5, absoluteCalls: 5 })
      .expect(400);
    expect(fields(response.body)).toEqual(['absoluteCalls']);
    response = await sut
      .http()
      .post(`/api/forecasts/${versionId}/adjustments`)
      .send({ answerGroupId: 'bygglov', from: 'igår', to: FROM, percent: -101 })
      .expect(400);
    expect(fields(response.body)).toEqual(expect.arrayContaining(['from', 'percent']));
    response = await sut.http().get('/api/forecasts/compare').query({ a: 'x' }).expect(400);
    expect(fields(response.body)).toEqual(expect.arrayContaining(['a', 'b']));
    response = await sut.http().get('/api/jobs').query({ kind: 'bogus' }).expect(400);
    expect(fields(response.body)).toEqual(['kind']);
    response = await sut
      .http()
      .get(`/api/forecasts/${versionId}/interval-bounds`)
      .query({ from: FROM })
      .expect(400);
    expect(fields(response.body)).toEqual(expect.arrayContaining(['answerGroupId', 'to']));
    response = await sut
      .http()
      .get(`/api/forecasts/${versionId}/days`)
      .query({ from: '2025-13-01', answerGroupId: 'två ord' })
      .expect(400);
    expect(fields(response.body)).toEqual(expect.arrayContaining(['from', 'answerGroupId']));
  });

  it('should refuse runs and adjustments the data cannot support', async () => {
    await sut
      .http()
      .post('/api/forecasts/runs')
      .send({ from: FROM, days: 7, answerGroupIds: ['okand'] })
      .expect(400);
    const noHistory = await sut
      .http()
      .post('/api/forecasts/runs')
      .send({ from: '2020-01-06', days: 7 })
      .expect(400);
    // The reason as a key with values too, which the web app words in the user's language.
    expect(noHistory.body).toMatchObject({
      message: expect.stringContaining('no history'),
      detail: { key: 'noHistoryBefore', values: { days: expect.any(Number), from: '2020-01-06' } },
    });
    await sut
      .http()
      .post(`/api/forecasts/${versionId}/adjustments`)
      .send({ answerGroupId: 'bygglov', from: '2026-01-01', to: '2026-01-02', percent: 10 })
      .expect(400);
    await sut
      .http()
      .post('/api/forecasts/9999/adjustments')
      .send({ answerGroupId: 'bygglov', from: FROM, to: FROM, percent: 10 })
      .expect(404);
    await sut.http().get('/api/forecasts/compare').query({ a: versionId, b: 9999 }).expect(404);
    await sut.http().get('/api/jobs/9999').expect(404);
  });
});
