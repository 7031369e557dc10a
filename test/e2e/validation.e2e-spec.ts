import { answerGroupBody, formatA } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

interface FieldError {
  field: string;
  messages: string[];
}

/** Every endpoint answers bad input with 400 and the fields at fault, never 500. */
describe('Validation on every endpoint', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await startTestApp();
    await sut.http().post('/api/answer-groups').send(answerGroupBody()).expect(201);
  });

  afterAll(async () => {
    await sut?.close();
  });

  const fieldsOf = (body: { errors: FieldError[] }) =>
    body.errors.map((error) => error.field).sort();

  describe('answer groups', () => {
    it('should list every missing field of an empty body', async () => {
      const response = await sut.http().post('/api/answer-groups').send({}).expect(400);
      expect(fieldsOf(response.body)).toEqual([
        'ahtSeconds',
        'id',
        'name',
        'openingHours',
        'serviceLevelGoal',
        'targetSeconds',
      ]);
    });

    it('should reject values out of range, malformed opening hours and unknown fields', async () => {
      const response = await sut
        .http()
        .post('/api/answer-groups')
        .send(
          answerGroupBody({
            id: 'ny grupp',
            serviceLevelGoal: 80,
            targetSeconds: -1,
            defaultShrinkage: 1,
            openingHours: [['08:00', '07:00']],
            specialDays: [{ date: '2025-02-30', name: 'x', hours: ['8', '16'] }],
            colour: 'red',
          }),
        )
        .expect(400);
      expect(fieldsOf(response.body)).toEqual([
        'colour',
        'defaultShrinkage',
        'id',
        'openingHours',
        'serviceLevelGoal',
        'specialDays.0.date',
        'specialDays.0.hours',
        'targetSeconds',
      ]);
      const openingHours = response.body.errors.find(
        (error: FieldError) => error.field === 'openingHours',
      );
      expect(openingHours.messages[0]).toContain('seven entries, Monday first');
    });

    it('should answer 409 for a taken id and 404 for an unknown one', async () => {
      await sut.http().post('/api/answer-groups').send(answerGroupBody()).expect(409);
      await sut.http().get('/api/answer-groups/saknas').expect(404);
      await sut.http().patch('/api/answer-groups/saknas').send({ name: 'x' }).expect(404);
    });

    it('should validate changes and monthly shrinkage', async () => {
      const patch = await sut
        .http()
        .patch('/api/answer-groups/bygglov')
        .send({ ahtSeconds: 0, id: 'x' })
        .expect(400);
      expect(fieldsOf(patch.body)).toEqual(['ahtSeconds', 'id']);
      const shrinkage = await sut
        .http()
        .put('/api/answer-groups/bygglov/shrinkage')
        .send({ months: [{ month: 13, shrinkage: 1.2 }] })
        .expect(400);
      expect(fieldsOf(shrinkage.body)).toEqual(['months.0.month', 'months.0.shrinkage']);
      await sut
        .http()
        .put('/api/answer-groups/bygglov/shrinkage')
        .send({ months: 'all' })
        .expect(400);
    });

    it('should store a valid change and shrinkage per month', async () => {
      await sut
        .http()
        .patch('/api/answer-groups/bygglov')
        .send({ patienceSeconds: 180 })
        .expect(200);
      const response = await sut
        .http()
        .put('/api/answer-groups/bygglov/shrinkage')
        .send({ months: [{ month: 7, shrinkage: 0.45 }] })
        .expect(200);
      expect(response.body.patienceSeconds).toBe(180);
      expect(response.body.shrinkageByMonth).toEqual([
        0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.45, 0.3, 0.3, 0.3, 0.3, 0.3,
      ]);
    });
  });

  describe('units, teams and agents', () => {
    it('should validate units and teams, and refuse a team in an unknown unit', async () => {
      expect(
        fieldsOf((await sut.http().post('/api/units').send({ managerName: 5 }).expect(400)).body),
      ).toEqual(['id', 'managerName', 'name']);
      await sut
        .http()
        .post('/api/units')
        .send({ id: 'kc', name: 'Kontaktcenter', managerName: 'Eva Lind' })
        .expect(201);
      await sut.http().post('/api/units').send({ id: 'kc', name: 'Igen' }).expect(409);
      expect(
        fieldsOf(
          (await sut.http().post('/api/teams').send({ id: '', unitId: 7 }).expect(400)).body,
        ),
      ).toEqual(['id', 'name', 'unitId']);
      const unknownUnit = await sut
        .http()
        .post('/api/teams')
        .send({ id: 't1', name: 'Team 1', unitId: 'saknas' })
        .expect(400);
      expect(unknownUnit.body.message).toContain('Unit "saknas" does not exist');
      await sut
        .http()
        .post('/api/teams')
        .send({ id: 't1', name: 'Team 1', unitId: 'kc', managerName: 'Karin' })
        .expect(201);
      expect((await sut.http().get('/api/teams').expect(200)).body).toEqual([
        { id: 't1', name: 'Team 1', unitId: 'kc', managerName: 'Karin' },
      ]);
    });

    it('should validate agents: contract, dates, team and skills', async () => {
      const empty = await sut.http().post('/api/agents').send({}).expect(400);
      expect(fieldsOf(empty.body)).toEqual([
        'contractMinutesPerWeek',
        'employmentPercent',
        'id',
        'name',
        'skills',
        'startDate',
      ]);
      const agent = {
        id: 'a1',
        name: 'Anna',
        teamId: 't1',
        contractMinutesPerWeek: 2400,
        employmentPercent: 100,
        startDate: '2024-01-01',
        skills: ['bygglov'],
      };
      const bad = await sut
        .http()
        .post('/api/agents')
        .send({
          ...agent,
          contractMinutesPerWeek: 12.5,
          employmentPercent: 120,
          endDate: '2024-13-01',
        })
        .expect(400);
      expect(fieldsOf(bad.body)).toEqual([
        'contractMinutesPerWeek',
        'employmentPercent',
        'endDate',
      ]);
      await sut
        .http()
        .post('/api/agents')
        .send({ ...agent, skills: ['saknas'] })
        .expect(400);
      await sut
        .http()
        .post('/api/agents')
        .send({ ...agent, teamId: 'saknas' })
        .expect(400);
      await sut
        .http()
        .post('/api/agents')
        .send({ ...agent, endDate: '2023-12-31' })
        .expect(400);
      const created = await sut.http().post('/api/agents').send(agent).expect(201);
      expect(created.body).toEqual({ ...agent, endDate: null, preferences: null });
      const changed = await sut
        .http()
        .patch('/api/agents/a1')
        .send({ skills: [], employmentPercent: 75 })
        .expect(200);
      expect(changed.body).toMatchObject({ skills: [], employmentPercent: 75 });
      const badWish = await sut
        .http()
        .patch('/api/agents/a1')
        .send({ preferences: { daysOff: [4, 7], shiftTime: 'midday' } })
        .expect(400);
      expect(fieldsOf(badWish.body)).toEqual(['preferences.daysOff', 'preferences.shiftTime']);
      // Stored as said, days in order; nothing said is null.
      const wishes = await sut
        .http()
        .patch('/api/agents/a1')
        .send({ preferences: { daysOff: [4, 0], shiftTime: 'early' } })
        .expect(200);
      expect(wishes.body.preferences).toEqual({ daysOff: [0, 4], shiftTime: 'early' });
      const cleared = await sut
        .http()
        .patch('/api/agents/a1')
        .send({ preferences: { daysOff: [] } })
        .expect(200);
      expect(cleared.body.preferences).toBeNull();
      await sut.http().patch('/api/agents/a1').send({ startDate: 'igår' }).expect(400);
      await sut.http().patch('/api/agents/saknas').send({ name: 'x' }).expect(404);
    });
  });

  describe('calendar', () => {
    it('should validate the week asked for', async () => {
      const response = await sut
        .http()
        .get('/api/calendar/closed-days')
        .query({ weekStart: 'jul' })
        .expect(400);
      expect(fieldsOf(response.body)).toEqual(['weekStart']);
    });
  });

  describe('history, forecasts and requirements', () => {
    it('should validate history queries and profile ids', async () => {
      const response = await sut
        .http()
        .get('/api/history/intervals')
        .query({ from: 'igår' })
        .expect(400);
      expect(fieldsOf(response.body)).toEqual(['answerGroupId', 'from', 'to']);
      await sut
        .http()
        .get('/api/history/intervals')
        .query({ answerGroupId: 'saknas', from: '2025-01-01', to: '2025-01-01' })
        .expect(404);
      await sut.http().delete('/api/history/import-profiles/abc').expect(400);
      await sut.http().delete('/api/history/import-profiles/999').expect(404);
    });

    it('should validate forecast requests', async () => {
      await sut.http().get('/api/forecasts/abc').expect(400);
      await sut.http().get('/api/forecasts/999').expect(404);
      const seasonal = await sut
        .http()
        .post('/api/forecasts/seasonal-mean')
        .send({ from: '2025-1-1', days: 0, weeks: 60, intervalMinutes: 7 })
        .expect(400);
      expect(fieldsOf(seasonal.body)).toEqual(['days', 'from', 'intervalMinutes', 'weeks']);
      const noHistory = await sut
        .http()
        .post('/api/forecasts/seasonal-mean')
        .send({ from: '2025-01-06', days: 7 })
        .expect(400);
      expect(noHistory.body.message).toContain('no history');
      await sut.http().post('/api/forecasts/import').field('name', 'x').expect(400);
      const noName = await sut
        .http()
        .post('/api/forecasts/import')
        .attach('file', formatA([['2025-01-06T08:00:00+01:00', 'bygglov', 1, 1, 1]]), 'f.csv')
        .expect(400);
      expect(fieldsOf(noName.body)).toEqual(['name']);
      const badRows = await sut
        .http()
        .post('/api/forecasts/import')
        .field('name', 'x')
        .attach('file', formatA([['2025-01-06T08:00:00+01:00', 'bygglov', 'many', 1, 1]]), 'f.csv')
        .expect(400);
      expect(badRows.body.errors).toEqual([
        {
          line: 2,
          field: 'offered',
          message: expect.any(String),
          detail: { key: 'notNumber', values: { value: 'many', example: '12.5' } },
        },
      ]);
      const intervals = await sut
        .http()
        .get('/api/forecasts/1/intervals')
        .query({ to: '2025-01-01' })
        .expect(400);
      expect(fieldsOf(intervals.body)).toEqual(['answerGroupId', 'from']);
    });
  });
});
