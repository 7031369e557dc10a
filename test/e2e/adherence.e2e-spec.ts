import { addLocalDays } from '@bemanna/calendar';
import { answerGroupBody, stockholmIso } from './support/factories';
import { generateVersion, importWeekForecast } from './support/jobs';
import { startTestApp, type TestApp } from './support/test-app';

const WEEK = '2025-11-17'; // a Monday
const MINUTE = 60_000;

interface Activity {
  type: string;
  start: string;
  end: string;
}
interface Shift {
  agentId: string;
  start: string;
  end: string;
  activities: Activity[];
}
interface Figures {
  scheduledMinutes: number;
  adherentMinutes: number;
  phoneScheduledMinutes: number;
  adherence: number | null;
}

/** When an agent `lateMinutes` late for its first phone time logs in. */
function loginOf(shift: Shift, lateMinutes: number): number {
  const phone = shift.activities.find((activity) => activity.type === 'phone') as Activity;
  return lateMinutes === 0
    ? Date.parse(shift.start)
    : Date.parse(phone.start) + lateMinutes * MINUTE;
}

/** The states an agent keeps to its shift with, logging in late if told; lunch logged out (no row). */
function keptTo(shift: Shift, lateMinutes = 0): string[] {
  const loginMs = loginOf(shift, lateMinutes);
  return shift.activities.flatMap((activity) => {
    const startMs = Math.max(Date.parse(activity.start), loginMs);
    const endMs = Date.parse(activity.end);
    if (activity.type === 'lunch' || endMs <= startMs) return [];
    const [state, reason] =
      activity.type === 'phone' ? ['ready', ''] : ['not_ready', activity.type];
    return [`${shift.agentId},${state},${stockholmIso(startMs)},${stockholmIso(endMs)},${reason}`];
  });
}

const stateFile = (rows: string[]) =>
  Buffer.from(`agent_id,state,start,end,reason\n${rows.join('\n')}\n`);

/** Minutes of phone and back-office work before `untilMs`: out of adherence when logged out. */
function loggedOutCost(shift: Shift, untilMs: number): number {
  return shift.activities
    .filter((activity) => activity.type === 'phone' || activity.type === 'backoffice')
    .reduce((sum, activity) => {
      const overlap = Math.min(untilMs, Date.parse(activity.end)) - Date.parse(activity.start);
      return sum + Math.max(0, overlap) / MINUTE;
    }, 0);
}

describe('Adherence', () => {
  let sut: TestApp;
  let versionId: number;
  let monday: Shift[];
  let tuesday: Shift[];

  beforeAll(async () => {
    sut = await startTestApp();
    await sut.http().post('/api/answer-groups').send(answerGroupBody()).expect(201);
    for (const [id, name] of [
      ['team-1', 'Team Norr'],
      ['team-2', 'Team Syd'],
    ]) {
      await sut.http().post('/api/teams').send({ id, name }).expect(201);
    }
    for (const [index, teamId] of ['team-1', 'team-1', 'team-2'].entries()) {
      await sut
        .http()
        .post('/api/agents')
        .send({
          id: `a-${index + 1}`,
          name: `Agent ${index + 1}`,
          teamId,
          contractMinutesPerWeek: 2400,
          employmentPercent: 100,
          startDate: '2024-01-01',
          skills: ['bygglov'],
        })
        .expect(201);
    }
    versionId = (
      await generateVersion(sut, {
        weekStart: WEEK,
        forecastVersionId: await importWeekForecast(sut, WEEK, 'Vecka 47'),
      })
    ).id;
    const version = (await sut.http().post(`/api/schedules/${versionId}/publish`).expect(200)).body;
    monday = (version.schedule.shifts as Shift[])
      .filter((shift) => shift.start.startsWith(WEEK))
      .sort((a, b) => a.agentId.localeCompare(b.agentId));
    expect(monday.map((shift) => shift.agentId)).toEqual(['a-1', 'a-2', 'a-3']);
    tuesday = (version.schedule.shifts as Shift[]).filter((shift) =>
      shift.start.startsWith(addLocalDays(WEEK, 1)),
    );
  });

  afterAll(async () => {
    await sut?.close();
  });

  const importStates = (file: Buffer, name = 'states.csv') =>
    sut.http().post('/api/adherence/imports').attach('file', file, name);
  const report = async (query = `from=${WEEK}&to=${addLocalDays(WEEK, 4)}`) =>
    (await sut.http().get(`/api/adherence?${query}`).expect(200)).body;

  it('should refuse a bad file by line and field, and store nothing', async () => {
    const shift = () => monday[0] as Shift;
    const rows = keptTo(shift());
    const body = (
      await importStates(
        stateFile([
          ...rows,
          `a-9,ready,${shift().start},${shift().end},`,
          `a-1,away,${shift().start},${shift().end},`,
        ]),
      ).expect(400)
    ).body;
    expect(body.errors.map((e: { line: number; field: string }) => [e.line, e.field])).toEqual([
      [rows.length + 2, 'agent_id'],
      [rows.length + 3, 'state'],
    ]);
    expect(body.errors[0].detail.key).toBe('unknownAgent');
    expect((await sut.http().get('/api/adherence/imports').expect(200)).body).toEqual([]);
  });

  it('should import a day of states and measure each agent against the published shifts', async () => {
    const [keeper, late] = [monday[0] as Shift, monday[1] as Shift];
    // The third agent has no states at all that day: inside the file's cover, a no-show.
    const imported = (
      await importStates(stateFile([...keptTo(keeper), ...keptTo(late, 10)])).expect(201)
    ).body;
    expect(imported).toMatchObject({
      rowCount: expect.any(Number),
      agentsChanged: 2,
      agentsUnchanged: 0,
    });

    const body = await report();
    expect(body.scheduleVersionIds).toEqual([versionId]);
    const dayOf = (agentId: string) =>
      body.agents.find((agent: { agentId: string }) => agentId === agent.agentId)?.days[0];
    const minutes = (shift: Shift) => (Date.parse(shift.end) - Date.parse(shift.start)) / MINUTE;
    expect(dayOf('a-1')).toMatchObject({
      date: WEEK,
      adherence: 1,
      scheduledMinutes: minutes(keeper),
    });
    const lost = loggedOutCost(late, loginOf(late, 10));
    expect(lost).toBeGreaterThanOrEqual(10);
    expect(dayOf('a-2')).toMatchObject({
      adherentMinutes: minutes(late) - lost,
      exceptionCount: 1,
    });
    // The cover ends with the last state of the file: only that part of a-3's shift counts.
    const a3 = dayOf('a-3');
    expect(a3.adherence).toBeLessThan(0.5);
    expect(a3.scheduledMinutes).toBeGreaterThan(0);
    // A no-show and a late login leave the phones short: the forecast's calls fare worse.
    expect(body.serviceLevel.days).toEqual([
      {
        date: WEEK,
        calls: expect.any(Number),
        scheduled: expect.any(Number),
        actual: expect.any(Number),
      },
    ]);
    const [level] = body.serviceLevel.days;
    expect(level.calls).toBeGreaterThan(0);
    expect(level.actual).toBeLessThan(level.scheduled);
    expect(body.serviceLevel.total).toEqual({
      calls: level.calls,
      scheduled: level.scheduled,
      actual: level.actual,
    });
    // Tuesday is not covered by any file: no day is counted.
    expect(body.days.map((day: { date: string }) => day.date)).toEqual([WEEK]);

    // Teams and the centre are sums of their agents.
    const sum = (rows: Figures[], key: keyof Figures) =>
      rows.reduce((total, row) => total + (row[key] as number), 0);
    const team1 = body.teams.find((team: { teamId: string }) => team.teamId === 'team-1');
    expect(team1.total.scheduledMinutes).toBeCloseTo(minutes(keeper) + minutes(late), 6);
    expect(body.total.adherentMinutes).toBeCloseTo(
      sum(
        body.agents.map((agent: { total: Figures }) => agent.total),
        'adherentMinutes',
      ),
      6,
    );
    const phoneFromIntervals = body.intervals.reduce(
      (total: number, interval: { scheduledAgents: number }) =>
        total + interval.scheduledAgents * 15,
      0,
    );
    expect(phoneFromIntervals).toBeCloseTo(body.total.phoneScheduledMinutes, 6);

    const detail = (await sut.http().get(`/api/adherence/agents/a-2/days/${WEEK}`).expect(200))
      .body;
    expect(detail).toMatchObject({
      agentId: 'a-2',
      date: WEEK,
      scheduleVersionId: versionId,
      absence: null,
    });
    expect(detail.activities).toEqual(
      late.activities.map(({ type, start, end }) => ({ type, start, end })),
    );
    if (lost >= 5) {
      expect(detail.exceptions[0]).toMatchObject({
        start: late.start,
        state: 'logged_out',
        minutes: lost,
      });
    }
  });

  it('should change nothing when the same file comes again, and replace a day with a corrected one', async () => {
    const [keeper, late] = [monday[0] as Shift, monday[1] as Shift];
    const before = await report();
    const again = (
      await importStates(stateFile([...keptTo(keeper), ...keptTo(late, 10)])).expect(201)
    ).body;
    expect(again).toMatchObject({ agentsChanged: 0, agentsUnchanged: 2 });
    expect(await report()).toEqual(before);

    // The telephony system's corrected export: a-2 was on time after all.
    await importStates(stateFile(keptTo(late)), 'corrected.csv').expect(201);
    const after = await report();
    const a2 = after.agents.find((agent: { agentId: string }) => agent.agentId === 'a-2');
    expect(a2.days[0]).toMatchObject({ adherence: 1, exceptionCount: 0 });
    expect((await sut.http().get('/api/adherence/imports').expect(200)).body).toEqual([
      expect.objectContaining({ fileName: 'corrected.csv', scope: 'all' }),
      expect.objectContaining({ agentsChanged: 0 }),
      expect.objectContaining({ agentsChanged: 2 }),
    ]);
  });

  it("should let a correction speak for its own agents only, not the others' day", async () => {
    const [shift] = tuesday;
    if (!shift) throw new Error('nobody works Tuesday');
    const others = tuesday.filter((other) => other.agentId !== shift.agentId);
    expect(others.length).toBeGreaterThan(0);
    const corrected = (
      await sut
        .http()
        .post('/api/adherence/imports')
        .field('scope', 'agents')
        .attach('file', stateFile(keptTo(shift)), 'correction.csv')
        .expect(201)
    ).body;
    expect(corrected).toMatchObject({ scope: 'agents', agentsChanged: 1 });
    const tuesdayOf = (
      body: { agents: { agentId: string; days: { date: string }[] }[] },
      agentId: string,
    ) =>
      body.agents
        .find((agent) => agent.agentId === agentId)
        ?.days.find((day) => day.date === addLocalDays(WEEK, 1));
    const body = await report();
    expect(tuesdayOf(body, shift.agentId)).toMatchObject({ adherence: 1 });
    // The others' Tuesday is not covered: no day, rather than a no-show.
    for (const other of others) expect(tuesdayOf(body, other.agentId)).toBeUndefined();
    await sut
      .http()
      .post('/api/adherence/imports')
      .field('scope', 'some')
      .attach('file', stateFile(keptTo(shift)), 'x.csv')
      .expect(400);
  });

  it("should leave a registered absence's day out of the figures and name it", async () => {
    await sut
      .http()
      .post('/api/absences')
      .send({ agentId: 'a-3', kind: 'sick', fromDate: WEEK, toDate: WEEK })
      .expect(201);
    const body = await report();
    const a3 = body.agents.find((agent: { agentId: string }) => agent.agentId === 'a-3');
    expect(a3.days).toEqual([
      expect.objectContaining({ date: WEEK, absence: 'sick', scheduledMinutes: 0 }),
    ]);
    expect(body.total.adherence).toBe(1);
    const team2 = await report(`from=${WEEK}&to=${WEEK}&teamId=team-2`);
    expect(team2.agents.map((agent: { agentId: string }) => agent.agentId)).toEqual(['a-3']);
    expect(team2.total.scheduledMinutes).toBe(0);
    expect(team2.serviceLevel).toBeNull();
    const detail = (await sut.http().get(`/api/adherence/agents/a-3/days/${WEEK}`).expect(200))
      .body;
    expect(detail).toMatchObject({ absence: 'sick', exceptions: [] });
  });

  it('should refuse a reversed or too long range and an unknown agent', async () => {
    await sut
      .http()
      .get(`/api/adherence?from=${WEEK}&to=${addLocalDays(WEEK, -1)}`)
      .expect(400);
    await sut
      .http()
      .get(`/api/adherence?from=${WEEK}&to=${addLocalDays(WEEK, 31)}`)
      .expect(400);
    await sut.http().get('/api/adherence?from=2025-13-01&to=2025-12-01').expect(400);
    await sut.http().get(`/api/adherence/agents/a-9/days/${WEEK}`).expect(404);
    await sut.http().post('/api/adherence/imports').expect(400);
  });
});
