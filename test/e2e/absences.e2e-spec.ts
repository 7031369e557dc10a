import { answerGroupBody } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

describe('Absences', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await startTestApp();
    await sut.http().post('/api/answer-groups').send(answerGroupBody()).expect(201);
    await sut.http().post('/api/teams').send({ id: 'team-1', name: 'Team Norr' }).expect(201);
    for (const [id, name] of [
      ['a-1', 'Anna Andersson'],
      ['a-2', 'Bo Berg'],
    ]) {
      await sut
        .http()
        .post('/api/agents')
        .send({
          id,
          name,
          teamId: 'team-1',
          contractMinutesPerWeek: 2400,
          employmentPercent: 100,
          startDate: '2024-01-01',
          skills: ['bygglov'],
        })
        .expect(201);
    }
  });

  afterAll(async () => {
    await sut?.close();
  });

  const register = (body: Record<string, unknown>) => sut.http().post('/api/absences').send(body);

  it('should register absences and list those overlapping a period', async () => {
    const vacation = (
      await register({
        agentId: 'a-1',
        kind: 'vacation',
        fromDate: '2026-12-21',
        toDate: '2027-01-06',
        note: 'Jul och nyår',
      }).expect(201)
    ).body;
    expect(vacation).toEqual({
      id: expect.any(Number),
      agentId: 'a-1',
      agentName: 'Anna Andersson',
      teamId: 'team-1',
      kind: 'vacation',
      fromDate: '2026-12-21',
      toDate: '2027-01-06',
      note: 'Jul och nyår',
      createdAt: expect.any(String),
    });
    await register({
      agentId: 'a-2',
      kind: 'sick',
      fromDate: '2026-11-23',
      toDate: '2026-11-23',
    }).expect(201);
    const list = (from: string, to: string, agentId?: string) =>
      sut
        .http()
        .get('/api/absences')
        .query({ from, to, ...(agentId ? { agentId } : {}) })
        .expect(200)
        .then((response) => response.body.map((a: { agentId: string }) => a.agentId));
    expect(await list('2026-11-23', '2026-11-29')).toEqual(['a-2']);
    expect(await list('2026-11-23', '2026-12-21')).toEqual(['a-2', 'a-1']);
    expect(await list('2027-01-06', '2027-01-10')).toEqual(['a-1']);
    expect(await list('2026-11-24', '2026-12-20')).toEqual([]);
    expect(await list('2026-11-01', '2027-12-31', 'a-1')).toEqual(['a-1']);
  });

  it('should refuse an absence overlapping the agent’s own, naming it, and store nothing', async () => {
    const clash = await register({
      agentId: 'a-1',
      kind: 'sick',
      fromDate: '2027-01-05',
      toDate: '2027-01-08',
    }).expect(409);
    expect(clash.body.detail).toEqual({
      key: 'absenceOverlaps',
      values: {
        agent: 'Anna Andersson',
        fromDate: '2026-12-21',
        toDate: '2027-01-06',
        id: expect.any(Number),
      },
    });
    const stored = await sut.http().get('/api/absences').query({ agentId: 'a-1' }).expect(200);
    expect(stored.body).toHaveLength(1);
    // Another agent may be away the same days.
    await register({
      agentId: 'a-2',
      kind: 'childCare',
      fromDate: '2027-01-05',
      toDate: '2027-01-05',
    }).expect(201);
  });

  it('should let sick leave end earlier or run on, but not into another absence', async () => {
    const sick = (
      await register({
        agentId: 'a-1',
        kind: 'sick',
        fromDate: '2026-11-30',
        toDate: '2026-12-04',
      }).expect(201)
    ).body;
    const shorter = await sut
      .http()
      .patch(`/api/absences/${sick.id}`)
      .send({ toDate: '2026-12-01' })
      .expect(200);
    expect(shorter.body).toMatchObject({
      id: sick.id,
      fromDate: '2026-11-30',
      toDate: '2026-12-01',
    });
    const longer = await sut
      .http()
      .patch(`/api/absences/${sick.id}`)
      .send({ toDate: '2026-12-22' })
      .expect(409);
    expect(longer.body.detail.key).toBe('absenceOverlaps');
    const backwards = await sut
      .http()
      .patch(`/api/absences/${sick.id}`)
      .send({ toDate: '2026-11-29' })
      .expect(400);
    expect(backwards.body.detail).toEqual({
      key: 'absenceEndsBeforeStart',
      values: { fromDate: '2026-11-30', toDate: '2026-11-29' },
    });
    const unchanged = await sut
      .http()
      .get('/api/absences')
      .query({ from: '2026-11-30', to: '2026-11-30' });
    expect(unchanged.body).toEqual([
      expect.objectContaining({ id: sick.id, toDate: '2026-12-01' }),
    ]);
    await sut.http().patch(`/api/absences/${sick.id}`).send({ agentId: 'a-2' }).expect(400);
    await sut.http().delete(`/api/absences/${sick.id}`).expect(204);
    await sut.http().delete(`/api/absences/${sick.id}`).expect(404);
    await sut.http().patch(`/api/absences/${sick.id}`).send({ kind: 'other' }).expect(404);
  });

  it('should answer 400 naming the field or the unknown agent', async () => {
    const fields = async (body: Record<string, unknown>) =>
      (await register(body).expect(400)).body.errors.map((e: { field: string }) => e.field);
    expect(
      await fields({ agentId: 'a-1', kind: 'holiday', fromDate: '2026-02-30', toDate: 'tomorrow' }),
    ).toEqual(['kind', 'fromDate', 'toDate']);
    const unknown = await register({
      agentId: 'ghost',
      kind: 'sick',
      fromDate: '2026-11-23',
      toDate: '2026-11-23',
    }).expect(400);
    expect(unknown.body.detail).toEqual({ key: 'unknownAgent', values: { agent: 'ghost' } });
    const backwards = await register({
      agentId: 'a-1',
      kind: 'sick',
      fromDate: '2026-11-24',
      toDate: '2026-11-23',
    }).expect(400);
    expect(backwards.body.detail.key).toBe('absenceEndsBeforeStart');
    await sut.http().get('/api/absences').query({ from: 'måndag' }).expect(400);
  });
});
