import { addLocalDays, startOfLocalDay } from '@bemanna/calendar';
import { answerGroupBody, stockholmIso } from './support/factories';
import { generateVersion, importWeekForecast } from './support/jobs';
import { startTestApp, type TestApp } from './support/test-app';

const WEEK = '2025-11-17'; // a Monday

interface Activity {
  type: string;
  start: string;
  end: string;
  answerGroup?: string;
  writtenQueue?: string;
}

const inbox = {
  id: 'epost',
  name: 'E-post',
  handleMinutes: 6,
  casesPerWeekday: [30, 20, 20, 20, 20, 6, 4],
  workingDays: [0, 1, 2, 3, 4],
  answerWithinWorkingDays: 1,
  answerGroupIds: ['bygglov'],
};

/** The request fields a 400 names. */
const fields = (body: { errors: { field: string }[] }) => body.errors.map((error) => error.field);

describe('Written queues', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await startTestApp();
    await sut.http().post('/api/answer-groups').send(answerGroupBody()).expect(201);
    await sut
      .http()
      .post('/api/answer-groups')
      .send(answerGroupBody({ id: 'parkering', name: 'Parkering' }))
      .expect(201);
    await sut.http().post('/api/teams').send({ id: 'team-1', name: 'Team Norr' }).expect(201);
    for (const [i, contract] of [2400, 2400, 2400, 1800, 1800, 2400].entries()) {
      await sut
        .http()
        .post('/api/agents')
        .send({
          id: `a-${i + 1}`,
          name: `Agent ${i + 1}`,
          teamId: 'team-1',
          contractMinutesPerWeek: contract,
          employmentPercent: (contract / 2400) * 100,
          startDate: '2024-01-01',
          skills: ['bygglov'],
        })
        .expect(201);
    }
  });

  afterAll(async () => {
    await sut?.close();
  });

  it('should store, list, change and delete a queue', async () => {
    const created = await sut.http().post('/api/written-queues').send(inbox).expect(201);
    expect(created.body).toEqual(inbox);
    await sut
      .http()
      .patch('/api/written-queues/epost')
      .send({ handleMinutes: 7 })
      .expect(200)
      .expect((response) => expect(response.body.handleMinutes).toBe(7));
    await sut.http().patch('/api/written-queues/epost').send({ handleMinutes: 6 }).expect(200);
    const list = await sut.http().get('/api/written-queues').expect(200);
    expect(list.body).toEqual([inbox]);
    await sut
      .http()
      .post('/api/written-queues')
      .send({ ...inbox, id: 'tmp' })
      .expect(201);
    await sut.http().delete('/api/written-queues/tmp').expect(204);
    await sut.http().get('/api/written-queues/tmp').expect(404);
  });

  it('should refuse a taken id and name every bad field', async () => {
    await sut.http().post('/api/written-queues').send(inbox).expect(409);
    await sut
      .http()
      .post('/api/written-queues')
      .send({ ...inbox, id: 'bygglov' })
      .expect(409);
    const bad = await sut
      .http()
      .post('/api/written-queues')
      .send({ ...inbox, id: 'webb', casesPerWeekday: [1, 2, 3], handleMinutes: 0 })
      .expect(400);
    expect(fields(bad.body)).toEqual(expect.arrayContaining(['casesPerWeekday', 'handleMinutes']));
    const deadline = await sut
      .http()
      .post('/api/written-queues')
      .send({
        ...inbox,
        id: 'webb',
        workingDays: [0, 2],
        answerWithinWorkingDays: 2,
        answerGroupIds: ['okand'],
      })
      .expect(400);
    expect(fields(deadline.body)).toEqual(['answerGroupIds', 'answerWithinWorkingDays']);
    await sut.http().get('/api/written-queues/webb').expect(404);
  });

  it("should import a queue's cases per day and forecast a week from them by backtest", async () => {
    // Ten weeks, the same every week: Monday 30 down to Sunday 2.
    const week = [30, 20, 18, 16, 14, 3, 2];
    const first = '2025-08-25'; // a Monday
    const rows = Array.from({ length: 70 }, (_, i) => {
      const date = addLocalDays(first, i);
      return `${stockholmIso(startOfLocalDay(date, 'Europe/Stockholm'))},epost,${week[i % 7]}`;
    });
    const csv = Buffer.from(`interval_start,answer_group,offered\n${rows.join('\n')}\n`);
    const upload = (file: Buffer, name = 'epost.csv') =>
      sut.http().post('/api/written-queues/epost/history').attach('file', file, name);

    // A row of another queue: named by file, line and field, and nothing stored.
    const other = Buffer.from(
      `interval_start,answer_group,offered\n${rows[0]}\n${rows[1]!.replace('epost', 'webb')}\n`,
    );
    const refused = await upload(other, 'mixed.csv').expect(400);
    expect(refused.body.message).toBe(
      'mixed.csv: line 3, field answer_group: "webb" is not this queue ("epost")',
    );
    const empty = await sut.http().get('/api/written-queues/epost/forecast').expect(400);
    expect(empty.body.detail).toEqual({ key: 'noWrittenHistory', values: { queue: 'epost' } });
    const quarter = Buffer.from(
      `interval_start,answer_group,offered\n2025-08-25T08:15:00+02:00,epost,3\n`,
    );
    expect((await upload(quarter).expect(400)).body.message).toMatch(
      /line 2, field interval_start: must be a local midnight/,
    );

    expect((await upload(csv).expect(201)).body).toEqual({
      days: 70,
      from: first,
      to: '2025-11-02',
      changedDays: 70,
    });
    // The same file again changes nothing.
    expect((await upload(csv).expect(201)).body.changedDays).toBe(0);

    const forecast = (await sut.http().get('/api/written-queues/epost/forecast').expect(200)).body;
    expect(forecast).toMatchObject({
      weekStart: '2025-11-03',
      historyDays: 70,
      chosenBy: 'backtest',
    });
    // The same every week, so any method worth its backtest gives it back, in whole cases.
    expect(forecast.casesPerWeekday).toEqual(week);
    expect(forecast.dailyWape).toBeLessThan(0.05);
  });

  it('should generate a week that answers every case in time as backoffice, keeping every rule', async () => {
    const forecastVersionId = await importWeekForecast(sut, WEEK, 'Vecka 47');
    const bygglovWeek = { weekStart: WEEK, forecastVersionId, answerGroupIds: ['bygglov'] };
    const version = await generateVersion(sut, bygglovWeek);
    const { id } = version;
    expect(version.report.brokenRules).toEqual([]);
    expect(version.scenario.writtenQueues).toEqual([
      {
        id: 'epost',
        name: 'E-post',
        handleMinutes: 6,
        cases: inbox.casesPerWeekday,
        workingDays: [0, 1, 2, 3, 4],
        answerWithinWorkingDays: 1,
      },
    ]);
    // The versions' list carries each queue's week, named, for the overview.
    const listed = (await sut.http().get('/api/schedules').query({ weekStart: WEEK }).expect(200))
      .body;
    expect(listed.find((v: { id: number }) => v.id === id).writtenQueues).toEqual([
      { writtenQueue: 'epost', name: 'E-post', casesDue: 120, answeredInTime: 120, shareInTime: 1 },
    ]);
    expect(version.writtenQueues).toEqual(
      listed.find((v: { id: number }) => v.id === id).writtenQueues,
    );
    const [report] = version.report.writtenQueues;
    // The week's 120 cases, Monday's 30 due Tuesday with the weekend's 10.
    expect(report).toMatchObject({ writtenQueue: 'epost', casesDue: 120, shareInTime: 1 });
    expect(report.days[1]).toMatchObject({ casesDue: 40, requiredMinutes: 240 });
    const backoffice = version.schedule.shifts.flatMap((shift: { activities: Activity[] }) =>
      shift.activities.filter((a) => a.writtenQueue === 'epost'),
    );
    expect(backoffice.every((a: Activity) => a.type === 'backoffice')).toBe(true);
    const minutes = backoffice.reduce(
      (sum: number, a: Activity) => sum + (Date.parse(a.end) - Date.parse(a.start)) / 60_000,
      0,
    );
    expect(minutes).toBe(report.scheduledMinutes);
    expect(minutes).toBeGreaterThanOrEqual(report.requiredMinutes);

    // Without Tuesday's e-mail shifts, the cases due that day are late: the check says so.
    const tuesday = version.schedule.shifts.filter(
      (shift: { start: string; activities: Activity[] }) =>
        shift.start.startsWith('2025-11-18') && shift.activities.some((a) => a.writtenQueue),
    );
    expect(tuesday.length).toBeGreaterThan(0);
    const without = await sut
      .http()
      .post(`/api/schedules/${id}/edits`)
      .send({
        edits: tuesday.map((shift: { agentId: string }) => ({
          type: 'remove',
          agentId: shift.agentId,
          date: '2025-11-18',
        })),
      })
      .expect(200);
    const [change] = without.body.writtenQueues;
    expect(change).toMatchObject({
      writtenQueue: 'epost',
      casesDue: 120,
      answeredInTimeBefore: 120,
      shareInTimeBefore: 1,
    });
    expect(change.answeredInTimeAfter).toBeLessThan(120);
    expect(change.shareInTimeAfter).toBeCloseTo(change.answeredInTimeAfter / 120, 9);

    // Sick leave registered on Tuesday for those agents: the absence card says what it does to
    // the e-mail, and the week saved as it now stands moves their cases to others.
    const sick = [];
    for (const shift of tuesday as { agentId: string }[]) {
      sick.push(
        (
          await sut
            .http()
            .post('/api/absences')
            .send({
              agentId: shift.agentId,
              kind: 'sick',
              fromDate: '2025-11-18',
              toDate: '2025-11-18',
            })
            .expect(201)
        ).body.id,
      );
    }
    const impact = (await sut.http().get(`/api/schedules/${id}/absences`).expect(200)).body;
    expect(impact.writtenQueues[0].shareInTimeAfter).toBeCloseTo(change.shareInTimeAfter, 9);
    const saved = (await sut.http().post(`/api/schedules/${id}/absences`).expect(201)).body;
    expect(saved.note).toMatch(/their written cases moved to others$/);
    expect(saved.report.brokenRules).toEqual([]);
    expect(saved.report.writtenQueues[0].shareInTime).toBe(1);
    for (const absenceId of sick) await sut.http().delete(`/api/absences/${absenceId}`).expect(204);

    // Backoffice for a queue only Parkering's agents answer is named as a broken skill in a
    // week planned for Bygglov.
    await sut
      .http()
      .post('/api/written-queues')
      .send({ ...inbox, id: 'p-post', name: 'Parkering e-post', answerGroupIds: ['parkering'] })
      .expect(201);
    const secondVersion = await generateVersion(sut, bygglovWeek);
    const secondId = secondVersion.id;
    // Parkering is not planned this time, so neither is its queue.
    expect(secondVersion.scenario.writtenQueues.map((queue: { id: string }) => queue.id)).toEqual([
      'epost',
    ]);
    const shift = secondVersion.schedule.shifts[0];
    const phone = shift.activities.find((a: Activity) => a.type === 'phone');
    const check = await sut
      .http()
      .post(`/api/schedules/${secondId}/edits`)
      .send({
        edits: [
          {
            type: 'changeActivity',
            agentId: shift.agentId,
            date: shift.start.slice(0, 10),
            start: phone.start,
            end: new Date(Date.parse(phone.start) + 15 * 60_000).toISOString(),
            activity: 'backoffice',
            writtenQueue: 'p-post',
          },
        ],
      })
      .expect(200);
    expect(check.body.brokenRules).toContainEqual(
      expect.objectContaining({
        rule: 'skills',
        agentId: shift.agentId,
        detail: { key: 'writtenSkills', values: { queue: 'p-post' } },
      }),
    );
    await sut.http().delete('/api/written-queues/p-post').expect(204);
  });
});
