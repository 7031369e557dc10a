import { startOfLocalDay } from '@bemanna/calendar';
import { validateScenario } from '@bemanna/schedule';
import {
  buildScenario,
  DEFAULT_RULES,
  type ScenarioAgent,
  type ScenarioGroup,
  type ScenarioSources,
} from './scenario-builder';

const TZ = 'Europe/Stockholm';
const WEEK = '2025-11-17';
const WEEKDAY: [string, string] = ['08:00', '16:30'];

function group(overrides: Partial<ScenarioGroup> = {}): ScenarioGroup {
  return {
    id: 'bygglov',
    name: 'Bygglov',
    ahtSeconds: 300,
    serviceLevelGoal: 0.8,
    targetSeconds: 120,
    openingHours: [WEEKDAY, WEEKDAY, WEEKDAY, WEEKDAY, WEEKDAY, null, null],
    specialDays: [],
    ...overrides,
  };
}

function agent(overrides: Partial<ScenarioAgent> = {}): ScenarioAgent {
  return {
    id: 'a-1',
    name: 'Anna',
    teamId: 'team-1',
    contractMinutesPerWeek: 2400,
    startDate: '2024-01-01',
    endDate: null,
    skills: ['bygglov'],
    ...overrides,
  };
}

function sources(overrides: Partial<ScenarioSources> = {}): ScenarioSources {
  const monday9 = startOfLocalDay(WEEK, TZ) + 9 * 3_600_000;
  return {
    weekStart: WEEK,
    timeZone: TZ,
    intervalMinutes: 15,
    groups: [group()],
    agents: [agent(), agent({ id: 'a-2', name: 'Bo' })],
    forecast: [
      { answerGroupId: 'bygglov', startMs: monday9, calls: 10, ahtSeconds: 200 },
      { answerGroupId: 'bygglov', startMs: monday9 + 900_000, calls: 30, ahtSeconds: 400 },
    ],
    ...overrides,
  };
}

describe(buildScenario.name, () => {
  it('should build a scenario the schedule library accepts, with the default rules', () => {
    const { scenario } = buildScenario(sources());
    expect(validateScenario(scenario).ok).toBe(true);
    expect(scenario.rules).toEqual(DEFAULT_RULES);
    expect(scenario.answerGroups[0]?.calls).toHaveLength(672);
  });

  it('should place forecast calls at their interval of the week', () => {
    const calls = buildScenario(sources()).scenario.answerGroups[0]?.calls ?? [];
    expect(calls[36]).toBe(10);
    expect(calls[37]).toBe(30);
    expect(calls.reduce((sum, value) => sum + value, 0)).toBe(40);
  });

  it('should use the call-weighted forecast handle time, or the planned one without', () => {
    expect(buildScenario(sources()).scenario.answerGroups[0]?.ahtSeconds).toBe(350);
    const planned = buildScenario(
      sources({ forecast: sources().forecast.map((p) => ({ ...p, ahtSeconds: null })) }),
    );
    expect(planned.scenario.answerGroups[0]?.ahtSeconds).toBe(300);
  });

  it('should size a week across the autumn clock change', () => {
    const { scenario } = buildScenario(sources({ weekStart: '2025-10-20', forecast: [] }));
    expect(scenario.answerGroups[0]?.calls).toHaveLength(676);
    expect(validateScenario(scenario).ok).toBe(true);
  });

  it('should apply special days to the opening hours', () => {
    const { scenario } = buildScenario(
      sources({
        groups: [
          group({
            specialDays: [{ date: '2025-11-19', name: 'Utbildning', hours: ['08:00', '12:00'] }],
          }),
        ],
      }),
    );
    expect(scenario.answerGroups[0]?.open[2]).toEqual(['08:00', '12:00']);
    expect(scenario.answerGroups[0]?.open[1]).toEqual(WEEKDAY);
  });

  it('should close the centre on holidays and eves, shorten contracts by a fifth per weekday among them, and keep a group open on its special day', () => {
    const christmas = '2026-12-21';
    const weekend: [string, string] = ['10:00', '14:00'];
    const { scenario, notes } = buildScenario(
      sources({
        weekStart: christmas,
        forecast: [],
        closedDays: [
          { date: '2026-12-24', name: 'julafton' },
          { date: '2026-12-25', name: 'juldagen' },
          { date: '2026-12-26', name: 'annandag jul' },
          { date: '2026-12-31', name: 'nyårsafton' },
        ],
        groups: [
          group(),
          group({
            id: 'aldre',
            name: 'Äldre Direkt',
            openingHours: [WEEKDAY, WEEKDAY, WEEKDAY, WEEKDAY, WEEKDAY, weekend, weekend],
            specialDays: [{ date: '2026-12-25', name: 'Juldagen', hours: weekend }],
          }),
        ],
        agents: [
          agent(),
          agent({ id: 'a-2', name: 'Bo', skills: ['aldre'] }),
          agent({ id: 'a-3', name: 'Cecilia' }),
        ],
        absences: [{ agentId: 'a-3', fromDate: '2026-12-23', toDate: '2026-12-25' }],
      }),
    );
    expect(validateScenario(scenario).ok).toBe(true);
    const [bygglov, aldre] = scenario.answerGroups;
    expect(bygglov?.open).toEqual([WEEKDAY, WEEKDAY, WEEKDAY, null, null, null, null]);
    expect(aldre?.open).toEqual([WEEKDAY, WEEKDAY, WEEKDAY, null, weekend, null, weekend]);
    const days = (id: string) =>
      scenario.agents.find((a) => a.id === id)?.unavailable?.map((span) => span.start.slice(0, 10));
    const contract = (id: string) =>
      scenario.agents.find((a) => a.id === id)?.contractMinutesPerWeek;
    // Three weekdays left of five: 2400 * 3 / 5.
    expect(contract('a-1')).toBe(1440);
    expect(days('a-1')).toEqual(['2026-12-24', '2026-12-25', '2026-12-26']);
    // Äldre Direkt opens on juldagen: Bo may work it.
    expect(contract('a-2')).toBe(1440);
    expect(days('a-2')).toEqual(['2026-12-24', '2026-12-26']);
    // Away Wednesday to Friday, two of them holidays anyway: Monday and Tuesday left.
    expect(contract('a-3')).toBe(960);
    expect(scenario.meetings).toEqual([{ teamId: 'team-1', durationMinutes: 60 }]);
    expect(notes).toEqual([
      "2026-12-24 (julafton), 2026-12-25 (juldagen), 2026-12-26 (annandag jul): closed unless a group's special days open it, and contracts a fifth shorter for each on a weekday",
      'a-3 is away 3 of 5 weekdays: contract pro rata',
    ]);
  });

  it('should leave out agents not employed that week or without a skill in these groups', () => {
    const { scenario } = buildScenario(
      sources({
        agents: [
          agent(),
          agent({ id: 'gone', endDate: '2025-11-16' }),
          agent({ id: 'later', startDate: '2025-11-24' }),
          agent({ id: 'other', skills: ['parkering'] }),
        ],
      }),
    );
    expect(scenario.agents.map((a) => a.id)).toEqual(['a-1']);
  });

  it('should give each agent their shifts next to the week, and only theirs', () => {
    const around = {
      previousShiftEnd: '2025-11-16T14:00:00+01:00',
      nextShiftStart: '2025-11-24T07:00:00+01:00',
    };
    const { scenario } = buildScenario(sources({ shiftsAround: new Map([['a-2', around]]) }));
    expect(validateScenario(scenario).ok).toBe(true);
    expect(scenario.agents[0]).not.toHaveProperty('previousShiftEnd');
    expect(scenario.agents[0]).not.toHaveProperty('nextShiftStart');
    expect(scenario.agents[1]).toMatchObject(around);
  });

  it('should make days outside employment unavailable and the contract pro rata', () => {
    const { scenario, notes } = buildScenario(
      sources({ agents: [agent(), agent({ id: 'new', startDate: '2025-11-19' })] }),
    );
    const newcomer = scenario.agents.find((a) => a.id === 'new');
    expect(newcomer?.contractMinutesPerWeek).toBe(1440);
    expect(newcomer?.unavailable).toEqual([
      { start: '2025-11-17T00:00:00+01:00', end: '2025-11-18T00:00:00+01:00' },
      { start: '2025-11-18T00:00:00+01:00', end: '2025-11-19T00:00:00+01:00' },
    ]);
    expect(notes).toEqual([expect.stringContaining('new is employed 3 of 5 weekdays')]);
  });

  it('should make registered absences unavailable and the contract pro rata by the weekdays left', () => {
    const { scenario, notes } = buildScenario(
      sources({
        agents: [agent(), agent({ id: 'a-2', name: 'Bo', startDate: '2025-11-18' })],
        absences: [
          { agentId: 'a-1', fromDate: '2025-11-10', toDate: '2025-11-18' },
          { agentId: 'a-1', fromDate: '2025-11-23', toDate: '2025-11-30' },
          { agentId: 'a-2', fromDate: '2025-11-21', toDate: '2025-11-21' },
          { agentId: 'nobody', fromDate: '2025-11-17', toDate: '2025-11-23' },
        ],
      }),
    );
    const [anna, bo] = scenario.agents;
    // Away Monday, Tuesday and Sunday: three weekdays of 480 minutes left.
    expect(anna?.contractMinutesPerWeek).toBe(1440);
    expect(anna?.unavailable?.map((span) => span.start)).toEqual([
      '2025-11-17T00:00:00+01:00',
      '2025-11-18T00:00:00+01:00',
      '2025-11-23T00:00:00+01:00',
    ]);
    // Employed from Tuesday and away Friday: Tuesday to Thursday left.
    expect(bo?.contractMinutesPerWeek).toBe(1440);
    expect(bo?.unavailable).toHaveLength(2);
    expect(notes).toEqual([
      'a-1 is away 2 of 5 weekdays: contract pro rata',
      'a-2 is employed 4 of 5 weekdays and away 1 of 4 weekdays: contract pro rata',
    ]);
    const allAway = buildScenario(
      sources({ absences: [{ agentId: 'a-2', fromDate: '2025-11-17', toDate: '2025-11-21' }] }),
    );
    expect(allAway.scenario.agents.map((a) => a.id)).toEqual(['a-1']);
  });

  it('should leave out, and say so, an agent whose week is cut shorter than any shift', () => {
    const { scenario, notes } = buildScenario(
      sources({
        agents: [agent(), agent({ id: 'half', contractMinutesPerWeek: 1200 })],
        // One weekday left: 240 minutes, and no shift is shorter than 360 - 60.
        absences: [{ agentId: 'half', fromDate: '2025-11-17', toDate: '2025-11-20' }],
      }),
    );
    expect(scenario.agents.map((a) => a.id)).toEqual(['a-1']);
    expect(notes).toContain(
      'half has 240 contract minutes left in the week, less than the shortest shift: not planned',
    );
    // Two days left (480 minutes) hold a shift.
    const twoDays = buildScenario(
      sources({
        agents: [agent({ id: 'half', contractMinutesPerWeek: 1200 })],
        absences: [{ agentId: 'half', fromDate: '2025-11-17', toDate: '2025-11-19' }],
      }),
    );
    expect(twoDays.scenario.agents[0]?.contractMinutesPerWeek).toBe(480);
  });

  it('should excuse from the team meeting the members away the day most of the team is in, and hold it that day', () => {
    const { scenario, notes } = buildScenario(
      sources({
        agents: [agent(), agent({ id: 'a-2' }), agent({ id: 'a-3' })],
        absences: [
          { agentId: 'a-1', fromDate: '2025-11-17', toDate: '2025-11-18' },
          { agentId: 'a-2', fromDate: '2025-11-19', toDate: '2025-11-21' },
        ],
      }),
    );
    // Monday and Tuesday have a-2 and a-3 in, the first such day is Monday.
    expect(scenario.meetings).toEqual([
      { teamId: 'team-1', durationMinutes: 60, excused: ['a-1'], weekdays: [0] },
    ]);
    expect(notes).toContain(
      "team-1's meeting: a-1 away on 2025-11-17, the day most of the team is in, which it meets on; excused",
    );
    expect(validateScenario(JSON.parse(JSON.stringify(scenario))).ok).toBe(true);
  });

  it('should plan a weekly meeting for each team of two or more', () => {
    const { scenario } = buildScenario(
      sources({ agents: [agent(), agent({ id: 'a-2' }), agent({ id: 'a-3', teamId: 'solo' })] }),
    );
    expect(scenario.meetings).toEqual([{ teamId: 'team-1', durationMinutes: 60 }]);
    expect(buildScenario(sources({ teamMeetingMinutes: 0 })).scenario.meetings).toBeUndefined();
  });

  it('should take the busiest group’s service goal and say so when goals differ', () => {
    const monday9 = startOfLocalDay(WEEK, TZ) + 9 * 3_600_000;
    const { scenario, notes } = buildScenario(
      sources({
        groups: [group(), group({ id: 'aldre', serviceLevelGoal: 0.9, targetSeconds: 60 })],
        forecast: [
          { answerGroupId: 'bygglov', startMs: monday9, calls: 5, ahtSeconds: null },
          { answerGroupId: 'aldre', startMs: monday9, calls: 50, ahtSeconds: null },
        ],
      }),
    );
    expect(scenario.serviceGoal).toEqual({ serviceLevel: 0.9, targetSeconds: 60 });
    expect(notes[0]).toContain('aldre');
  });

  it('should override only the rules given, ignoring fields left undefined', () => {
    const { scenario } = buildScenario(
      sources({ rules: { earliestStart: '08:00', latestEnd: undefined } }),
    );
    expect(scenario.rules).toEqual({ ...DEFAULT_RULES, earliestStart: '08:00' });
  });

  it('should work written queues on their open working days, answered by agents of their groups', () => {
    const inbox = {
      id: 'epost',
      name: 'E-post',
      handleMinutes: 7,
      casesPerWeekday: [30, 20, 20, 20, 20, 5, 5],
      workingDays: [0, 1, 2, 3, 4],
      answerWithinWorkingDays: 1,
    };
    const christmas = '2026-12-21';
    const { scenario, notes } = buildScenario(
      sources({
        weekStart: christmas,
        forecast: [],
        closedDays: [
          { date: '2026-12-24', name: 'julafton' },
          { date: '2026-12-25', name: 'juldagen' },
        ],
        groups: [group(), group({ id: 'aldre', name: 'Äldre Direkt' })],
        agents: [agent(), agent({ id: 'a-2', name: 'Bo', skills: ['aldre'] })],
        writtenQueues: [
          { ...inbox, answerGroupIds: ['bygglov'] },
          { ...inbox, id: 'webb', name: 'Webbformulär', answerGroupIds: [] },
          // Worked only on Christmas Eve and Day: not this week.
          { ...inbox, id: 'jul', name: 'Jul', workingDays: [3, 4], answerGroupIds: [] },
          // Answered by a group not planned this time.
          { ...inbox, id: 'p-post', name: 'Parkering', answerGroupIds: ['parkering'] },
        ],
      }),
    );
    expect(validateScenario(scenario).ok).toBe(true);
    expect(scenario.writtenQueues).toEqual([
      {
        id: 'epost',
        name: 'E-post',
        handleMinutes: 7,
        cases: inbox.casesPerWeekday,
        workingDays: [0, 1, 2],
        answerWithinWorkingDays: 1,
      },
      {
        id: 'webb',
        name: 'Webbformulär',
        handleMinutes: 7,
        cases: inbox.casesPerWeekday,
        workingDays: [0, 1, 2],
        answerWithinWorkingDays: 1,
      },
    ]);
    expect(scenario.agents.map((a) => a.skills)).toEqual([
      ['bygglov', 'epost', 'webb'],
      ['aldre', 'webb'],
    ]);
    expect(notes).toContain('jul: not worked this week (no working day the centre is open)');
  });
});
