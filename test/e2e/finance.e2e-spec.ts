import { isoWeekdayIndex } from '@bemanna/calendar';
import { answerGroupBody } from './support/factories';
import { importHistory, syntheticHistoryCsv } from './support/jobs';
import { startTestApp, type TestApp } from './support/test-app';

const HISTORY_FROM = '2025-09-01';
const HISTORY_DAYS = 91; // to 2025-11-30: September to November complete

describe('Finance: positions, cost and service against the budget', () => {
  let sut: TestApp;
  const history = syntheticHistoryCsv([{ id: 'bygglov', base: 6 }], HISTORY_FROM, HISTORY_DAYS);

  beforeAll(async () => {
    sut = await startTestApp();
    await sut.http().post('/api/answer-groups').send(answerGroupBody()).expect(201);
    for (const [index, percent] of [100, 100, 100, 75].entries()) {
      await sut
        .http()
        .post('/api/agents')
        .send({
          id: `a-${index + 1}`,
          name: `Agent ${index + 1}`,
          contractMinutesPerWeek: 24 * percent,
          employmentPercent: percent,
          startDate: '2024-01-01',
          skills: ['bygglov'],
        })
        .expect(201);
    }
  });

  afterAll(async () => {
    await sut?.close();
  });

  const plan = (body: Record<string, unknown>) => sut.http().post('/api/finance/plan').send(body);

  it('should refuse a plan before any history, saying so', async () => {
    const { scenario } = (await sut.http().get('/api/finance/baseline').expect(200)).body;
    const refused = (await plan({ from: '2026-09', scenario }).expect(400)).body;
    expect(refused.detail.key).toBe('noHistory');
  });

  it("should start from today's positions and the groups' goal", async () => {
    await importHistory(sut, history);
    const baseline = (await sut.http().get('/api/finance/baseline').expect(200)).body;
    expect(baseline).toMatchObject({
      agents: 4,
      historyUntil: '2025-11',
      scenario: {
        positions: 3.75,
        serviceLevelGoal: 0.8,
        targetSeconds: 120,
        annualTurnover: 0.21,
      },
    });
    expect(baseline.scenario.annualBudget).toBeGreaterThan(1_000_000);
    expect(baseline.scenario).toMatchObject({ writtenCasesPerDay: 0, writtenCaseMinutes: 8 });
  });

  it("should take the written queues' cases a working day and their minutes", async () => {
    const queue = (id: string, casesPerWeekday: number[], handleMinutes: number) => ({
      id,
      name: id,
      handleMinutes,
      casesPerWeekday,
      workingDays: [0, 1, 2, 3, 4],
      answerWithinWorkingDays: 1,
      answerGroupIds: [],
    });
    await sut
      .http()
      .post('/api/written-queues')
      .send(queue('epost', [60, 50, 40, 40, 40, 10, 10], 6))
      .expect(201);
    await sut
      .http()
      .post('/api/written-queues')
      .send(queue('webb', [10, 10, 10, 10, 10, 0, 0], 12))
      .expect(201);
    const { scenario } = (await sut.http().get('/api/finance/baseline').expect(200)).body;
    // 250 + 50 cases a week over five working days; (250 x 6 + 50 x 12) / 300 minutes each.
    expect(scenario).toMatchObject({ writtenCasesPerDay: 60, writtenCaseMinutes: 7 });
    await sut.http().delete('/api/written-queues/epost').expect(204);
    await sut.http().delete('/api/written-queues/webb').expect(204);
  });

  it("should plan each month from the same month's history, grown, with positions and cost", async () => {
    const { scenario } = (await sut.http().get('/api/finance/baseline').expect(200)).body;
    const body = (await plan({ from: '2026-09', months: 3, scenario }).expect(200)).body;
    expect(
      body.months.map((m: { month: string; baselineMonth: string }) => [m.month, m.baselineMonth]),
    ).toEqual([
      ['2026-09', '2025-09'],
      ['2026-10', '2025-10'],
      ['2026-11', '2025-11'],
    ]);
    // October 2026's calls: per weekday, the mean day of October 2025 times October 2026's
    // days of that weekday, grown 2%.
    const perWeekday = [0, 0, 0, 0, 0, 0, 0];
    const daysPerWeekday = [
      new Set<string>(),
      new Set<string>(),
      new Set<string>(),
      new Set<string>(),
      new Set<string>(),
    ];
    for (const line of history.trim().split('\n').slice(1)) {
      const [start, , offered] = line.split(',');
      const date = (start as string).slice(0, 10);
      if (!date.startsWith('2025-10')) continue;
      const weekday = isoWeekdayIndex(date);
      perWeekday[weekday] = (perWeekday[weekday] ?? 0) + Number(offered);
      daysPerWeekday[weekday]?.add(date);
    }
    // October 2026: five Thursdays and Fridays, four of the other weekdays; no holiday.
    const october2026 = [4, 4, 4, 5, 5];
    const expected = october2026.reduce(
      (sum, days, weekday) =>
        sum + ((perWeekday[weekday] ?? 0) / (daysPerWeekday[weekday]?.size ?? 1)) * days,
      0,
    );
    const october = body.months[1];
    expect(october.calls).toBeCloseTo(expected * 1.02, 6);
    expect(october.requiredPositions).toBeGreaterThan(october.requiredProductiveFte);
    expect(october.paidFte).toBeCloseTo(3.75 * (1 - 0.21 * 0.25), 9);
    expect(october.cost).toBeCloseTo(october.paidFte * 33_000 * 1.42, 6);
    expect(body.year.cost).toBeCloseTo(
      body.months.reduce((sum: number, m: { cost: number }) => sum + m.cost, 0),
      6,
    );
    expect(body.assumptions.length).toBeGreaterThan(3);

    // More sick leave needs more positions, and the same staff answers fewer calls in time.
    const sicker = (
      await plan({
        from: '2026-09',
        months: 3,
        scenario: { ...scenario, sickLeaveRate: 0.15 },
      }).expect(200)
    ).body;
    expect(sicker.year.requiredPositions).toBeGreaterThan(body.year.requiredPositions);
    expect(sicker.year.expectedServiceLevel).toBeLessThanOrEqual(body.year.expectedServiceLevel);
  });

  it('should name the field of a bad scenario', async () => {
    const { scenario } = (await sut.http().get('/api/finance/baseline').expect(200)).body;
    const bad = (
      await plan({ from: '2026-13', scenario: { ...scenario, serviceLevelGoal: 1.5 } }).expect(400)
    ).body;
    const fields = bad.errors.map((error: { field: string }) => error.field);
    expect(fields).toEqual(expect.arrayContaining(['from', 'scenario.serviceLevelGoal']));
    const turnover = (
      await plan({
        from: '2026-09',
        scenario: { ...scenario, annualTurnover: 1, recruitmentMonths: 12 },
      }).expect(400)
    ).body;
    expect(turnover.detail).toEqual({ key: 'capacityInput', values: { field: 'annualTurnover' } });
  });

  it('should save, rename, list and delete named scenarios', async () => {
    const { scenario } = (await sut.http().get('/api/finance/baseline').expect(200)).body;
    const saved = (
      await sut.http().post('/api/finance/scenarios').send({ name: 'Bas', scenario }).expect(201)
    ).body;
    expect(saved).toMatchObject({ name: 'Bas', note: null, scenario });
    await sut.http().post('/api/finance/scenarios').send({ name: 'Bas', scenario }).expect(409);
    const lower = { ...scenario, sickLeaveRate: 0.065 };
    const renamed = (
      await sut
        .http()
        .put(`/api/finance/scenarios/${saved.id}`)
        .send({ name: 'Sjukfrånvaro 6,5 %', note: 'Målet', scenario: lower })
        .expect(200)
    ).body;
    expect(renamed).toMatchObject({ name: 'Sjukfrånvaro 6,5 %', note: 'Målet', scenario: lower });
    expect((await sut.http().get('/api/finance/scenarios').expect(200)).body).toHaveLength(1);
    await sut.http().delete(`/api/finance/scenarios/${saved.id}`).expect(204);
    await sut.http().delete(`/api/finance/scenarios/${saved.id}`).expect(404);
  });
});
