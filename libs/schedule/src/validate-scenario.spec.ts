import { syntheticScenario } from './synthetic-scenario';
import { validateScenario } from './validate-scenario';

/** The synthetic scenario as it arrives from a file: plain JSON. */
function scenarioJson(weekStart = '2025-03-24') {
  return JSON.parse(
    JSON.stringify(syntheticScenario({ agents: 6, answerGroups: 2, load: 0.8, weekStart })),
  );
}

describe(validateScenario.name, () => {
  it('should accept a valid scenario and default the time zone to Europe/Stockholm', () => {
    const json = scenarioJson();
    delete json.timezone;
    const result = validateScenario(json);
    expect(result.ok && result.value.timezone).toBe('Europe/Stockholm');
  });

  it('should expect 668 quarters in the week clocks go forward and 676 when they go back', () => {
    expect(scenarioJson('2025-03-24').answerGroups[0].calls).toHaveLength(668);
    expect(scenarioJson('2025-10-20').answerGroups[0].calls).toHaveLength(676);
    expect(validateScenario(scenarioJson('2025-10-20')).ok).toBe(true);
  });

  it('should name the calls array and the length it needs when the length is wrong', () => {
    const json = scenarioJson();
    json.answerGroups[1].calls.push(0);
    const result = validateScenario(json);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]).toEqual({
      path: '$.answerGroups[1].calls',
      message: expect.stringContaining('must have 668 entries'),
    });
  });

  it('should name every bad field by its JSON path', () => {
    const json = scenarioJson();
    json.weekStart = '2025-03-25';
    json.agents[2].skills = ['nope'];
    json.rules.maxDaysPerWeek = 8;
    json.answerGroups[0].open[1] = ['17:00', '08:00'];
    const result = validateScenario(json);
    const paths = result.ok ? [] : result.errors.map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        '$.weekStart',
        '$.agents[2].skills[0]',
        '$.rules.maxDaysPerWeek',
        '$.answerGroups[0].open[1]',
      ]),
    );
  });

  it('should accept pauses and start steps off the interval grid, but not shift lengths', () => {
    const json = scenarioJson();
    json.rules.breakMinutes = 10;
    json.rules.lunchMinutes = 40;
    json.rules.startGranularityMinutes = 10;
    expect(validateScenario(json).ok).toBe(true);
    json.rules.shiftLengthsMinutes = [490];
    const result = validateScenario(json);
    expect(!result.ok && result.errors).toEqual([
      {
        path: '$.rules.shiftLengthsMinutes[0]',
        message: 'must be a multiple of intervalMinutes (15)',
      },
    ]);
  });

  it('should reject a shortest stretch of work longer than the longest', () => {
    const json = scenarioJson();
    json.rules.minWorkBetweenBreaksMinutes = 60;
    expect(validateScenario(json).ok).toBe(true);
    json.rules.minWorkBetweenBreaksMinutes = 301;
    const result = validateScenario(json);
    expect(!result.ok && result.errors).toEqual([
      {
        path: '$.rules.minWorkBetweenBreaksMinutes',
        message: 'must be at most maxWorkWithoutBreakMinutes',
      },
    ]);
  });

  it('should take the shifts of the weeks around only from outside the week', () => {
    // 2025-03-24 is a Monday in CET; the week ends as summer time has begun.
    const json = scenarioJson();
    json.agents[0].previousShiftEnd = '2025-03-24T00:00:00+01:00';
    json.agents[0].nextShiftStart = '2025-03-31T00:00:00+02:00';
    expect(validateScenario(json).ok).toBe(true);
    json.agents[0].previousShiftEnd = '2025-03-24T00:15:00+01:00';
    json.agents[0].nextShiftStart = '2025-03-30T23:45:00+02:00';
    json.agents[1].previousShiftEnd = 'Sunday night';
    const result = validateScenario(json);
    expect(result.ok ? [] : result.errors).toEqual([
      { path: '$.agents[0].previousShiftEnd', message: "must be at or before the week's start" },
      { path: '$.agents[0].nextShiftStart', message: "must be at or after the week's end" },
      {
        path: '$.agents[1].previousShiftEnd',
        message: 'must be ISO 8601 with offset, e.g. 2025-03-31T08:00:00+02:00',
      },
    ]);
  });

  it('should reject a meeting for a team nobody is in', () => {
    const json = scenarioJson();
    json.meetings = [{ teamId: 'ghosts', durationMinutes: 60 }];
    const result = validateScenario(json);
    expect(!result.ok && result.errors[0]?.path).toBe('$.meetings[0].teamId');
  });

  it('should accept members excused from their team meeting and name anyone else', () => {
    const json = scenarioJson();
    json.agents[0].teamId = 't1';
    json.agents[1].teamId = 't1';
    json.meetings = [{ teamId: 't1', durationMinutes: 60, excused: ['a2'] }];
    expect(validateScenario(json).ok).toBe(true);
    json.meetings[0].excused = ['a2', 'a3'];
    const result = validateScenario(json);
    expect(!result.ok && result.errors).toEqual([
      { path: '$.meetings[0].excused[1]', message: '"a3" is not an agent of team "t1"' },
    ]);
  });

  it('should accept the weekdays a meeting may be held on and name those that are not', () => {
    const json = scenarioJson();
    json.agents[0].teamId = 't1';
    json.meetings = [{ teamId: 't1', durationMinutes: 60, weekdays: [0, 4] }];
    expect(validateScenario(json).ok).toBe(true);
    json.meetings[0].weekdays = [2, 7];
    let result = validateScenario(json);
    expect(!result.ok && result.errors.map((error) => error.path)).toEqual([
      '$.meetings[0].weekdays[1]',
    ]);
    json.meetings[0].weekdays = [];
    result = validateScenario(json);
    expect(!result.ok && result.errors).toEqual([
      { path: '$.meetings[0].weekdays', message: 'must name at least one weekday' },
    ]);
  });

  it('should reject input that is not an object', () => {
    expect(validateScenario([])).toEqual({
      ok: false,
      errors: [{ path: '$', message: 'must be an object' }],
    });
  });
});
