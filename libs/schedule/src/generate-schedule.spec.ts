import { formatLocalIso, startOfLocalDay } from '@bemanna/calendar';
import { erlangCServiceLevel } from '@bemanna/erlang';
import fc from 'fast-check';
import { evaluateSchedule } from './evaluate-schedule';
import { type GenerateProgress, generateSchedule } from './generate-schedule';
import { InfeasibleScenarioError } from './infeasible-scenario-error';
import { MipThread } from './mip-thread';
import { syntheticScenario } from './synthetic-scenario';
import { traditionalSchedule } from './traditional-schedule';
import type { Scenario } from './types';
import { WORKING_HOURS_ACT } from './working-hours-act';

// Generation as it runs compiled: every other day's MIP in a worker thread.
jest.mock('./mip-thread', () => {
  const actual = jest.requireActual('./mip-thread');
  const { BUILT_MIP_WORKER } = jest.requireActual('./mip-thread.fixture');
  return { MipThread: { start: jest.fn(() => actual.MipThread.start(BUILT_MIP_WORKER)) } };
});

const QUARTERS = 7 * 96; // 2025-05-05: a week without a DST change

/** One group, one agent; calls of 300 s only where `calls` says (interval index -> calls). */
function singleAgentScenario(
  calls: Record<number, number>,
  contractMinutesPerWeek: number,
): Scenario {
  const forecast = new Array(QUARTERS).fill(0);
  for (const [t, n] of Object.entries(calls)) forecast[Number(t)] = n;
  return {
    timezone: 'Europe/Stockholm',
    weekStart: '2025-05-05',
    intervalMinutes: 15,
    serviceGoal: { serviceLevel: 0.8, targetSeconds: 120 },
    answerGroups: [
      {
        id: 'g1',
        name: 'Group 1',
        ahtSeconds: 300,
        open: new Array(7).fill(['07:00', '18:00']),
        calls: forecast,
      },
    ],
    agents: [{ id: 'a1', name: 'Agent 1', contractMinutesPerWeek, skills: ['g1'] }],
    rules: {
      shiftLengthsMinutes: [480],
      startGranularityMinutes: 15,
      earliestStart: '07:00',
      latestEnd: '18:00',
      lunchMinutes: 30,
      lunchRequiredAboveMinutes: 480,
      breakMinutes: 15,
      ...WORKING_HOURS_ACT,
      maxDaysPerWeek: 5,
      contractToleranceMinutes: 0,
    },
  };
}

const run = (scenario: Scenario, maxIterations = 3000) =>
  generateSchedule(scenario, { maxIterations, timeLimitMs: 60_000, seed: 3, boundMipSeconds: 0 });

jest.setTimeout(60_000);

describe(generateSchedule.name, () => {
  it('should reach the known optimum, and the bound, when one agent can cover every call', async () => {
    // Wednesday 10:00-12:00, one call a quarter: the agent works that day around it and takes
    // the break elsewhere, so every call meets one agent: SL = Erlang C(1/3 Erlang, 1 agent).
    const wednesday = 2 * 96;
    const calls = Object.fromEntries(
      [40, 41, 42, 43, 44, 45, 46, 47].map((q) => [wednesday + q, 1]),
    );
    const result = await run(singleAgentScenario(calls, 480));
    const optimum = erlangCServiceLevel(1 / 3, 1, 300, 120);
    expect(result.report.brokenRules).toEqual([]);
    expect(result.report.week.serviceLevel).toBeCloseTo(optimum, 9);
    expect(result.bound).toBeCloseTo(optimum, 6);
    expect(result.gap).toBeLessThan(1e-6);
  });

  it('should report its phases in order, the LP bound before the tighter bound it reports', async () => {
    const phases: GenerateProgress[] = [];
    const scenario = syntheticScenario({ agents: 6, answerGroups: 1, load: 0.85, teamSize: 6 });
    const result = await generateSchedule(scenario, {
      maxIterations: 2000,
      timeLimitMs: 4000,
      onProgress: (progress) => phases.push(progress),
    });
    const order = ['lp', 'bound', 'construct', 'improve', 'done'];
    const seen = phases.map((p) => order.indexOf(p.phase));
    expect(seen).toEqual([...seen].sort((x, y) => x - y));
    expect(phases[0]).toMatchObject({ phase: 'lp' });
    expect(phases.at(-1)).toMatchObject({ phase: 'done', bound: result.bound });
    const lpBound = phases[0]!.bound!;
    expect(result.bound).not.toBeNull();
    expect(lpBound).toBeGreaterThanOrEqual(result.bound! - 1e-9);
    const elapsed = phases.map((p) => p.elapsedMs);
    expect(elapsed).toEqual([...elapsed].sort((x, y) => x - y));
    // The day MIPs had a worker thread (from the built entry), as when compiled.
    expect(jest.mocked(MipThread.start).mock.results.at(-1)?.value).toBeInstanceOf(
      jest.requireActual('./mip-thread').MipThread,
    );
  });

  it('should return the first schedule, every rule kept, when asked to finish before improving', async () => {
    const scenario = syntheticScenario({ agents: 6, answerGroups: 2, load: 0.7, teamSize: 3 });
    const phases: GenerateProgress['phase'][] = [];
    const result = await generateSchedule(scenario, {
      timeLimitMs: 600_000,
      boundMipSeconds: 0,
      shouldFinish: () => phases.includes('construct'),
      onProgress: ({ phase }) => phases.push(phase),
    });
    expect(result.stats.moves).toBe(0);
    expect(phases.filter((phase) => phase === 'improve')).toEqual([]);
    expect(result.report.brokenRules).toEqual([]);
    expect(result.report.week.serviceLevel).toBeGreaterThan(0);
  });

  it('should name the agent and the reason when no week of the allowed shift lengths meets a contract', async () => {
    // 480-minute shifts with no tolerance: 500 contract minutes fit no number of them.
    const result = run(singleAgentScenario({ 40: 1 }, 500));
    await expect(result).rejects.toBeInstanceOf(InfeasibleScenarioError);
    await expect(result).rejects.toMatchObject({
      path: '$.agents[0]',
      detail: { key: 'noRuleKeepingWeek', values: { agent: 'Agent 1', contractMinutes: 500 } },
    });
  });

  it('should find the two days and times that cover calls on Monday morning and Thursday evening', async () => {
    const calls: Record<number, number> = {};
    for (const q of [28, 29, 30, 31]) calls[q] = 1; // Monday 07:00-08:00
    for (const q of [68, 69, 70, 71]) calls[3 * 96 + q] = 1; // Thursday 17:00-18:00
    const result = await run(singleAgentScenario(calls, 960));
    expect(result.report.brokenRules).toEqual([]);
    expect(result.report.week.serviceLevel).toBeCloseTo(erlangCServiceLevel(1 / 3, 1, 300, 120), 9);
  });

  it('should keep the daily rest after the week before and before the week after', async () => {
    // Calls Monday 07:00-08:00, Thursday and Sunday 17:00-18:00; two 8-hour shifts cover two.
    const calls: Record<number, number> = {};
    for (const q of [28, 29, 30, 31]) calls[q] = 1;
    for (const q of [68, 69, 70, 71]) calls[3 * 96 + q] = calls[6 * 96 + q] = 1;
    const answered = erlangCServiceLevel(1 / 3, 1, 300, 120);
    const scenario = singleAgentScenario(calls, 960);
    expect((await run(scenario)).report.week.serviceLevel).toBeCloseTo((2 / 3) * answered, 9);

    // A shift ending Sunday 21:00 the week before rules out Monday before 08:00; one starting
    // Monday 04:00 the week after rules out Sunday after 17:00: only Thursday is left.
    scenario.agents[0]!.previousShiftEnd = '2025-05-04T21:00:00+02:00';
    scenario.agents[0]!.nextShiftStart = '2025-05-12T04:00:00+02:00';
    const result = await run(scenario);
    expect(result.report.brokenRules).toEqual([]);
    expect(result.report.week.serviceLevel).toBeCloseTo((1 / 3) * answered, 9);
    expect(result.bound).toBeCloseTo((1 / 3) * answered, 6);
  });

  it('should give an agent the day off they prefer when service does not depend on it', async () => {
    // The same calls every weekday 10:00-12:00; four 480-minute days out of five.
    const calls: Record<number, number> = {};
    for (let day = 0; day < 5; day++) for (let q = 40; q < 48; q++) calls[day * 96 + q] = 1;
    const scenario = singleAgentScenario(calls, 4 * 480);
    scenario.agents[0]!.preferences = { daysOff: [2] };
    const result = await run(scenario);
    expect(result.report.brokenRules).toEqual([]);
    expect(result.report.preferencesUnmet).toBe(0);
    expect(result.schedule.shifts.map((s) => s.start.slice(0, 10))).not.toContain('2025-05-07');
  });

  it.each([
    ['spring-forward', '2025-03-24'],
    ['fall-back', '2025-10-20'],
  ])(
    'should keep every rule and beat the traditional schedule in a %s week',
    async (_, weekStart) => {
      const scenario = syntheticScenario({
        agents: 14,
        answerGroups: 2,
        load: 0.8,
        teamSize: 7,
        weekStart,
      });
      const result = await run(scenario, 6000);
      expect(result.report.brokenRules).toEqual([]);
      const traditional = evaluateSchedule(scenario, traditionalSchedule(scenario));
      expect(result.report.week.serviceLevel).toBeGreaterThan(traditional.week.serviceLevel);
      expect(result.bound!).toBeGreaterThanOrEqual(result.report.week.serviceLevel - 1e-9);
      expect(
        result.schedule.shifts.some((s) => s.activities.some((a) => a.type === 'meeting')),
      ).toBe(true);
    },
  );

  it('should hold the team meeting without a member away the days the others can meet', async () => {
    const scenario = syntheticScenario({ agents: 6, answerGroups: 1, load: 0.7, teamSize: 3 });
    const day = (d: number) => ({
      start: `2025-03-${24 + d}T00:00:00+01:00`,
      end: `2025-03-${25 + d}T00:00:00+01:00`,
    });
    // Agent 1 works Wednesday to Friday, agent 2 Monday and Tuesday: no day for all three.
    Object.assign(scenario.agents[0]!, {
      unavailable: [day(0), day(1)],
      contractMinutesPerWeek: 1440,
    });
    Object.assign(scenario.agents[1]!, {
      unavailable: [day(2), day(3), day(4)],
      contractMinutesPerWeek: 960,
    });
    await expect(run(scenario, 500)).rejects.toThrow(InfeasibleScenarioError);
    scenario.meetings![0]!.excused = ['a2'];
    const result = await run(scenario, 500);
    expect(result.report.brokenRules).toEqual([]);
    const meetings = result.schedule.shifts.filter((shift) =>
      shift.activities.some((activity) => activity.type === 'meeting'),
    );
    expect(meetings.map((shift) => shift.agentId).sort()).toEqual(['a1', 'a3', 'a4', 'a5', 'a6']);
  });

  it('should hold each team meeting on one of its weekdays, and evaluate should name another day', async () => {
    const scenario = syntheticScenario({ agents: 6, answerGroups: 1, load: 0.7, teamSize: 3 });
    scenario.meetings![0]!.weekdays = [3];
    scenario.meetings![1]!.weekdays = [0, 1];
    const result = await run(scenario, 500);
    expect(result.report.brokenRules).toEqual([]);
    const meetingDates = (team: string) => [
      ...new Set(
        result.schedule.shifts
          .filter((shift) => scenario.agents.find((a) => a.id === shift.agentId)?.teamId === team)
          .flatMap((shift) => shift.activities.filter((a) => a.type === 'meeting'))
          .map((meeting) => meeting.start.slice(0, 10)),
      ),
    ];
    expect(meetingDates('t1')).toEqual(['2025-03-27']);
    expect(['2025-03-24', '2025-03-25']).toContain(meetingDates('t2')[0]);
    scenario.meetings![0]!.weekdays = [4];
    const broken = evaluateSchedule(scenario, result.schedule).brokenRules;
    expect(broken).toEqual([
      expect.objectContaining({
        rule: 'meeting',
        detail: { key: 'meetingDay', values: { team: 't1', date: '2025-03-27' } },
      }),
    ]);
  });

  it('should give 10-minute breaks and 40-minute lunches their own minutes and phone the rest', async () => {
    const synthetic = syntheticScenario({ agents: 6, answerGroups: 2, load: 0.8, teamSize: 3 });
    // With a 40-minute lunch a full-time week of 8.5-hour shifts pays 2 350 minutes.
    const scenario: Scenario = {
      ...synthetic,
      rules: {
        ...synthetic.rules,
        breakMinutes: 10,
        lunchMinutes: 40,
        contractToleranceMinutes: 60,
      },
    };
    const result = await run(scenario, 1500);
    expect(result.report.brokenRules).toEqual([]);
    const minutes = (a: { start: string; end: string }) =>
      (Date.parse(a.end) - Date.parse(a.start)) / 60_000;
    const activities = result.schedule.shifts.flatMap((shift) => shift.activities);
    const pauses = activities.filter((a) => a.type === 'break' || a.type === 'lunch');
    expect(pauses.length).toBeGreaterThan(0);
    for (const pause of pauses) expect(minutes(pause)).toBe(pause.type === 'break' ? 10 : 40);
    // The rest of a pause's last quarter is work, and the quarters stay whole after it.
    for (const shift of result.schedule.shifts) {
      shift.activities.forEach((activity, i) => {
        if (activity.type !== 'break' && activity.type !== 'lunch') return;
        const next = shift.activities[i + 1]!;
        expect(next.type).not.toMatch(/break|lunch/);
        expect(new Date(next.start).getUTCMinutes() % 15).toBe(10);
      });
    }
  });

  /** One agent, calls 07:00-15:00 on Monday but none in quarter `quiet` of the day. */
  function quietQuarterScenario(quiet: number, contractMinutesPerWeek: number): Scenario {
    const calls: Record<number, number> = {};
    for (let t = 28; t < 60; t++) calls[t] = t === quiet ? 0 : 2;
    return singleAgentScenario(calls, contractMinutesPerWeek);
  }

  /** The shift keeps every rule, starts at 07:00, and its first break starts at `from` or later. */
  function expectFirstBreakFrom(result: Awaited<ReturnType<typeof run>>, from: string): void {
    expect(result.report.brokenRules).toEqual([]);
    const [shift] = result.schedule.shifts;
    expect(shift!.start).toBe('2025-05-05T07:00:00+02:00');
    const pause = shift!.activities.find((a) => a.type === 'break')!;
    expect(pause.start >= `2025-05-05T${from}:00+02:00`).toBe(true);
  }

  it('should start shifts where a 10-minute step meets the quarters: on the half hour', async () => {
    const synthetic = syntheticScenario({ agents: 6, answerGroups: 2, load: 0.8 });
    const scenario: Scenario = {
      ...synthetic,
      rules: { ...synthetic.rules, startGranularityMinutes: 10 },
    };
    const result = await run(scenario, 1500);
    expect(result.report.brokenRules).toEqual([]);
    const minutes = result.schedule.shifts.map((shift) => shift.start.slice(14, 16));
    expect(minutes.length).toBeGreaterThan(0);
    expect(minutes.filter((minute) => minute !== '00' && minute !== '30')).toEqual([]);
  });

  it('should keep the minutes worked after a short break inside the 5 hours', async () => {
    // No calls at 09:45: a 10-minute break there would be free, but the work after it,
    // 09:55-15:00, would last 5 h 5 min.
    const scenario = quietQuarterScenario(39, 480);
    scenario.rules.breakMinutes = 10;
    expectFirstBreakFrom(await run(scenario), '10:00');
  });

  it('should not pause within the shortest stretch of work however quiet it is then', async () => {
    // No calls at 07:15: the morning break would be free there, a quarter after starting,
    // where an hour of work first is asked.
    const scenario = quietQuarterScenario(29, 450);
    scenario.rules.lunchRequiredAboveMinutes = 300;
    expect((await run(scenario)).schedule.shifts[0]!.activities[1]).toMatchObject({
      type: 'break',
      start: '2025-05-05T07:15:00+02:00',
    });
    scenario.rules.minWorkBetweenBreaksMinutes = 60;
    expectFirstBreakFrom(await run(scenario), '08:00');
  });

  it('should never break a rule on small random scenarios', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          agents: fc.integer({ min: 2, max: 8 }),
          answerGroups: fc.integer({ min: 1, max: 3 }),
          load: fc.double({ min: 0.3, max: 0.95, noNaN: true }),
          teamSize: fc.constantFrom(0, 3),
          seed: fc.integer({ min: 1, max: 1000 }),
          pauses: fc.constantFrom(
            { lunch: 30, break: 15 },
            { lunch: 40, break: 10 },
            { lunch: 0, break: 15 },
          ),
          minWorkBetweenBreaksMinutes: fc.constantFrom(0, 60, 90),
          // The first agent's week before ends Sunday 21:30: no Monday start before 08:30.
          lateSundayBefore: fc.boolean(),
        }),
        async ({ pauses, minWorkBetweenBreaksMinutes, lateSundayBefore, ...options }) => {
          const synthetic = syntheticScenario(options);
          if (lateSundayBefore) {
            const mondayMs = startOfLocalDay(synthetic.weekStart, synthetic.timezone!);
            synthetic.agents[0]!.previousShiftEnd = formatLocalIso(
              mondayMs - 150 * 60_000,
              synthetic.timezone!,
            );
          }
          const scenario: Scenario = {
            ...synthetic,
            rules: {
              ...synthetic.rules,
              lunchMinutes: pauses.lunch,
              breakMinutes: pauses.break,
              contractToleranceMinutes: 60,
              minWorkBetweenBreaksMinutes,
            },
          };
          const result = await run(scenario, 1500);
          expect(result.report.brokenRules).toEqual([]);
        },
      ),
      { numRuns: 6 },
    );
  });
});
