import { erlangCServiceLevel, requiredAgents } from '@bemanna/erlang';
import { ruleDetailMessage } from './rule-details';
import { evaluateSchedule, fairnessClasses, validateSchedule } from './evaluate-schedule';
import type { Activity, RuleName, Scenario, Schedule } from './types';
import { WORKING_HOURS_ACT } from './working-hours-act';

// A one-agent week with no DST change (2025-05-05 is a Monday, offset +02:00).
const WEEK_START = '2025-05-05';
const QUARTERS = 7 * 96;

function scenarioFactory(overrides: Partial<Scenario> = {}): Scenario {
  const calls = new Array(QUARTERS).fill(0);
  calls[41] = 4; // Monday 10:15
  return {
    timezone: 'Europe/Stockholm',
    weekStart: WEEK_START,
    intervalMinutes: 15,
    serviceGoal: { serviceLevel: 0.8, targetSeconds: 120 },
    answerGroups: [
      {
        id: 'g1',
        name: 'Group 1',
        ahtSeconds: 300,
        open: [0, 1, 2, 3, 4]
          .map(() => ['08:00', '17:00'] as [string, string])
          .concat([null, null] as never[]),
        calls,
      },
      {
        id: 'g2',
        name: 'Group 2',
        ahtSeconds: 300,
        open: new Array(7).fill(['08:00', '17:00']),
        calls: new Array(QUARTERS).fill(0),
      },
    ],
    agents: [
      { id: 'a1', name: 'Agent 1', contractMinutesPerWeek: 2400, skills: ['g1'], teamId: 't1' },
    ],
    rules: {
      shiftLengthsMinutes: [360, 480, 510],
      startGranularityMinutes: 15,
      earliestStart: '07:30',
      latestEnd: '18:00',
      lunchMinutes: 30,
      lunchRequiredAboveMinutes: 360,
      breakMinutes: 15,
      ...WORKING_HOURS_ACT,
      maxDaysPerWeek: 5,
      contractToleranceMinutes: 30,
    },
    ...overrides,
  };
}

const at = (day: number, time: string) => `2025-05-0${5 + day}T${time}:00+02:00`;

/** Monday to Friday 08:00-16:30: breaks 10:00 and 14:30, lunch 12:00: 5 x 480 paid minutes. */
function scheduleFactory(): Schedule {
  return {
    shifts: [0, 1, 2, 3, 4].map((day) => {
      const activity = (type: Activity['type'], from: string, to: string): Activity => ({
        type,
        start: at(day, from),
        end: at(day, to),
        ...(type === 'phone' ? { answerGroup: 'g1' } : {}),
      });
      return {
        agentId: 'a1',
        start: at(day, '08:00'),
        end: at(day, '16:30'),
        activities: [
          activity('phone', '08:00', '10:00'),
          activity('break', '10:00', '10:15'),
          activity('phone', '10:15', '12:00'),
          activity('lunch', '12:00', '12:30'),
          activity('phone', '12:30', '14:30'),
          activity('break', '14:30', '14:45'),
          activity('phone', '14:45', '16:30'),
        ],
      };
    }),
  };
}

function rulesBroken(scenario: Scenario, schedule: Schedule): RuleName[] {
  return [...new Set(evaluateSchedule(scenario, schedule).brokenRules.map((b) => b.rule))];
}

describe(evaluateSchedule.name, () => {
  it('should find no broken rule in a schedule that keeps them all', () => {
    expect(evaluateSchedule(scenarioFactory(), scheduleFactory()).brokenRules).toEqual([]);
  });

  it('should report phone agents, required agents and the Erlang C service level per interval', () => {
    const report = evaluateSchedule(scenarioFactory(), scheduleFactory());
    const interval = report.answerGroups[0]!.intervals[41]!;
    // Confirmed against @bemanna/erlang: 4 calls of 300 s in 900 s is 4/3 Erlang on 1 agent.
    expect(interval).toMatchObject({
      start: '2025-05-05T10:15:00+02:00',
      calls: 4,
      phoneAgents: 1,
    });
    expect(interval.serviceLevel).toBe(0); // 1 agent <= 1.33 Erlang: unstable
    expect(interval.requiredAgents).toBe(
      requiredAgents({
        trafficErlangs: 4 / 3,
        ahtSeconds: 300,
        targetSeconds: 120,
        serviceLevelGoal: 0.8,
      }),
    );
    expect(report.week).toEqual({ calls: 4, serviceLevel: 0, intervalsBelowGoal: 1 });
    expect(report.agents).toEqual([
      {
        agentId: 'a1',
        paidMinutes: 2400,
        contractMinutesPerWeek: 2400,
        shifts: 5,
        overtimeMinutes: 0,
      },
    ]);
  });

  it('should weight service levels by calls over the week', () => {
    const scenario = scenarioFactory();
    scenario.answerGroups[0]!.calls[40] = 1;
    scenario.answerGroups[0]!.calls[41] = 2;
    const report = evaluateSchedule(scenario, scheduleFactory());
    // 10:00 is the agent's break: calls and no agents give 0; at 10:15 one agent, 2/3 Erlang.
    const oneAgent = erlangCServiceLevel(2 / 3, 1, 300, 120);
    expect(oneAgent).toBeGreaterThan(0.4);
    expect(report.answerGroups[0]!.intervals[40]!.serviceLevel).toBe(0);
    expect(report.week.serviceLevel).toBeCloseTo((1 * 0 + 2 * oneAgent) / 3, 12);
  });

  type Breaker = [RuleName, (scenario: Scenario, schedule: Schedule) => void];
  const shiftOf = (schedule: Schedule, day: number) => schedule.shifts[day]!;
  const breakers: Breaker[] = [
    [
      'format',
      (_, s) => {
        shiftOf(s, 0).agentId = 'nobody';
      },
    ],
    [
      'activities',
      (_, s) => {
        shiftOf(s, 0).activities[1]!.end = at(0, '10:10');
      },
    ],
    [
      'shiftLength',
      (_, s) => {
        shiftOf(s, 1).end = at(1, '16:45');
        shiftOf(s, 1).activities[6]!.end = at(1, '16:45');
      },
    ],
    [
      'startGranularity',
      (scenario) => {
        scenario.rules.startGranularityMinutes = 45;
      },
    ],
    [
      'earliestStart',
      (scenario) => {
        scenario.rules.earliestStart = '08:15';
      },
    ],
    [
      'latestEnd',
      (scenario) => {
        scenario.rules.latestEnd = '16:15';
      },
    ],
    [
      'lunch',
      (_, s) => {
        shiftOf(s, 2).activities[3] = {
          type: 'phone',
          start: at(2, '12:00'),
          end: at(2, '12:30'),
          answerGroup: 'g1',
        };
      },
    ],
    [
      'breaks',
      (_, s) => {
        shiftOf(s, 3).activities[5] = {
          type: 'phone',
          start: at(3, '14:30'),
          end: at(3, '14:45'),
          answerGroup: 'g1',
        };
      },
    ],
    [
      'maxWorkWithoutBreak',
      (scenario) => {
        scenario.rules.maxWorkWithoutBreakMinutes = 110;
      },
    ],
    [
      'minWorkBetweenBreaks',
      (scenario) => {
        // Stretches of 105 and 120 minutes: the 105-minute ones are too short.
        scenario.rules.minWorkBetweenBreaksMinutes = 110;
      },
    ],
    [
      'dailyRest',
      (scenario) => {
        scenario.rules.minDailyRestMinutes = 16 * 60;
      },
    ],
    [
      'weeklyRest',
      (scenario) => {
        scenario.rules.minWeeklyRestMinutes = 60 * 60;
      },
    ],
    [
      'daysPerWeek',
      (scenario) => {
        scenario.rules.maxDaysPerWeek = 4;
      },
    ],
    [
      'contractMinutes',
      (_, s) => {
        s.shifts.pop();
      },
    ],
    [
      'unavailability',
      (scenario) => {
        scenario.agents[0]!.unavailable = [{ start: at(1, '09:00'), end: at(1, '10:00') }];
      },
    ],
    [
      'skills',
      (_, s) => {
        shiftOf(s, 0).activities[0]!.answerGroup = 'g2';
      },
    ],
    [
      'openingHours',
      (scenario) => {
        scenario.answerGroups[0]!.open[4] = ['09:00', '17:00'];
      },
    ],
    [
      'meeting',
      (scenario) => {
        scenario.meetings = [{ teamId: 't1', durationMinutes: 60 }];
      },
    ],
  ];

  it('should take 105-minute stretches of work as long enough when at least 105 are asked', () => {
    const scenario = scenarioFactory();
    scenario.rules.minWorkBetweenBreaksMinutes = 105;
    expect(rulesBroken(scenario, scheduleFactory())).toEqual([]);
  });

  it.each(breakers)('should catch a schedule that breaks the %s rule', (rule, breakIt) => {
    const scenario = scenarioFactory();
    const schedule = scheduleFactory();
    breakIt(scenario, schedule);
    expect(rulesBroken(scenario, schedule)).toContain(rule);
    // Every broken rule says what broke it as a key and values, worded as its message.
    for (const broken of evaluateSchedule(scenario, schedule).brokenRules) {
      expect(broken.detail).toBeDefined();
      expect(ruleDetailMessage(broken.detail!)).toBe(broken.message);
      expect(broken.message).not.toMatch(/\{\w+\}/);
    }
  });

  it('should hold the daily rest against the shifts of the weeks before and after', () => {
    const scenario = scenarioFactory();
    const agent = scenario.agents[0]!;
    agent.skills.push('g2');
    // Friday's shift on Sunday for group 2: Monday starts at 08:00 and Sunday ends at 16:30,
    // so 11 h of rest reach back to the Sunday before at 21:00 and on to Monday at 03:30.
    const schedule = JSON.parse(
      JSON.stringify(scheduleFactory()).replaceAll('2025-05-09', '2025-05-11'),
    ) as Schedule;
    for (const activity of shiftOf(schedule, 4).activities)
      if (activity.type === 'phone') activity.answerGroup = 'g2';
    agent.previousShiftEnd = '2025-05-04T21:00:00+02:00';
    agent.nextShiftStart = '2025-05-12T03:30:00+02:00';
    expect(rulesBroken(scenario, schedule)).toEqual([]);

    agent.previousShiftEnd = '2025-05-04T21:30:00+02:00';
    agent.nextShiftStart = '2025-05-12T03:15:00+02:00';
    const broken = evaluateSchedule(scenario, schedule).brokenRules;
    expect(broken.map(({ rule, path, detail }) => ({ rule, path, detail }))).toEqual([
      {
        rule: 'dailyRest',
        path: '$.shifts[0]',
        detail: { key: 'dailyRest', values: { rest: 630, min: 660 } },
      },
      {
        rule: 'dailyRest',
        path: '$.shifts[4]',
        detail: { key: 'dailyRestAfter', values: { rest: 645, min: 660 } },
      },
    ]);
    // The weekly rest stays bounded by the week, whatever the weeks around it hold.
    expect(broken.some((b) => b.rule === 'weeklyRest')).toBe(false);
  });

  it('should catch a team meeting held at two different times', () => {
    const scenario = scenarioFactory({ meetings: [{ teamId: 't1', durationMinutes: 60 }] });
    scenario.agents.push({ ...scenario.agents[0]!, id: 'a2', name: 'Agent 2' });
    const schedule = scheduleFactory();
    const second = scheduleFactory().shifts.map((shift) => ({ ...shift, agentId: 'a2' }));
    schedule.shifts[0]!.activities[0] = {
      type: 'meeting',
      start: at(0, '08:00'),
      end: at(0, '09:00'),
    };
    schedule.shifts[0]!.activities.splice(1, 0, {
      type: 'phone',
      start: at(0, '09:00'),
      end: at(0, '10:00'),
      answerGroup: 'g1',
    });
    second[1]!.activities[0] = { type: 'meeting', start: at(1, '08:00'), end: at(1, '09:00') };
    second[1]!.activities.splice(1, 0, {
      type: 'phone',
      start: at(1, '09:00'),
      end: at(1, '10:00'),
      answerGroup: 'g1',
    });
    schedule.shifts.push(...second);
    const broken = evaluateSchedule(scenario, schedule).brokenRules;
    expect(broken).toEqual([
      expect.objectContaining({
        rule: 'meeting',
        message: expect.stringContaining('does not meet together'),
      }),
    ]);
  });

  it('should not expect a meeting of a member excused from it', () => {
    const schedule = scheduleFactory();
    const scenario = scenarioFactory({ meetings: [{ teamId: 't1', durationMinutes: 60 }] });
    expect(rulesBroken(scenario, schedule)).toContain('meeting');
    scenario.meetings![0]!.excused = ['a1'];
    expect(rulesBroken(scenario, schedule)).not.toContain('meeting');
  });

  it('should pay an overtime shift outside the contract, and report its minutes', () => {
    const schedule = scheduleFactory();
    schedule.shifts[4]!.overtime = true;
    // Four contract days of 480 paid minutes against 2400: the contract is missed.
    expect(rulesBroken(scenarioFactory(), schedule)).toEqual(['contractMinutes']);
    const fourDays = scenarioFactory();
    fourDays.agents[0]!.contractMinutesPerWeek = 1920;
    const report = evaluateSchedule(fourDays, schedule);
    expect(report.brokenRules).toEqual([]);
    expect(report.agents[0]).toMatchObject({ paidMinutes: 2400, overtimeMinutes: 480 });
    const notBoolean = { shifts: [{ ...schedule.shifts[0], overtime: 'yes' }] };
    expect(validateSchedule(notBoolean)).toEqual({
      ok: false,
      errors: [{ path: '$.shifts[0].overtime', message: 'must be true or false' }],
    });
  });

  it('should name the shift and activity at fault by JSON path', () => {
    const schedule = scheduleFactory();
    schedule.shifts[2]!.activities[4]!.answerGroup = 'g2';
    expect(evaluateSchedule(scenarioFactory(), schedule).brokenRules).toEqual([
      expect.objectContaining({ rule: 'skills', agentId: 'a1', path: '$.shifts[2].activities[4]' }),
    ]);
  });
});

describe(fairnessClasses.name, () => {
  // Group 1 is open weekdays 08:00-17:00 and group 2 every day; the rules allow 07:30-18:00,
  // so by the rules alone early is a start before 08:30 and late an end after 17:00.
  const minute = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
  const classes = (
    scenario: Scenario,
    from: string,
    to: string,
    day: number,
    skills = ['g1', 'g2'],
  ) => fairnessClasses(scenario, minute(from), minute(to), day, skills);

  it('should call a shift early when it opens and late when it closes, by the opening hours', () => {
    const shortMonday = scenarioFactory();
    for (const group of shortMonday.answerGroups) group.open[0] = ['09:00', '16:30'];
    expect(classes(shortMonday, '09:00', '16:30', 0)).toEqual({
      early: true,
      late: true,
      friday: false,
    });
    expect(classes(shortMonday, '09:15', '16:15', 0)).toMatchObject({ early: false, late: false });
    // Within the first or last hour the rules allow still counts, opening hours or not.
    expect(classes(shortMonday, '08:15', '17:15', 0)).toMatchObject({ early: true, late: true });
  });

  it('should go by the opening hours of the agent’s own groups', () => {
    const longerGroup2 = scenarioFactory();
    longerGroup2.answerGroups[0]!.open[0] = ['09:00', '16:30'];
    longerGroup2.answerGroups[1]!.open[0] = ['08:00', '17:00'];
    expect(classes(longerGroup2, '09:00', '16:30', 0, ['g1'])).toMatchObject({
      early: true,
      late: true,
    });
    expect(classes(longerGroup2, '09:00', '16:30', 0)).toMatchObject({ early: false, late: false });
  });

  it('should fall back on the rules’ hours on a day no group opens, and mark Fridays', () => {
    const closedSunday = scenarioFactory();
    for (const group of closedSunday.answerGroups) group.open[6] = null;
    expect(classes(closedSunday, '08:30', '16:30', 6)).toEqual({
      early: false,
      late: false,
      friday: false,
    });
    expect(classes(closedSunday, '08:30', '17:30', 4)).toEqual({
      early: false,
      late: true,
      friday: true,
    });
  });
});
