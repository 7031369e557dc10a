import { coverOptions } from './cover-options';
import { evaluateSchedule } from './evaluate-schedule';
import { syntheticScenario } from './synthetic-scenario';
import { traditionalSchedule } from './traditional-schedule';
import type { Scenario, Schedule } from './types';

const TUESDAY = '2025-03-25';

/** The traditional week with a1 and a2 off on Tuesday, a2 because of sick leave. */
function sickTuesday(): { scenario: Scenario; schedule: Schedule } {
  const scenario = syntheticScenario({ agents: 16, answerGroups: 2, load: 0.85, seed: 5 });
  scenario.agents[1]!.unavailable = [
    { start: `${TUESDAY}T00:00:00+01:00`, end: '2025-03-26T00:00:00+01:00' },
  ];
  const schedule = traditionalSchedule(scenario);
  const off = (agentId: string) => (shift: Schedule['shifts'][number]) =>
    !(shift.agentId === agentId && shift.start.startsWith(TUESDAY));
  return {
    scenario,
    schedule: { shifts: schedule.shifts.filter(off('a1')).filter(off('a2')) },
  };
}

const rulesOf = (scenario: Scenario, schedule: Schedule) =>
  evaluateSchedule(scenario, schedule)
    .brokenRules.map((broken) => broken.rule)
    .sort();

describe(coverOptions.name, () => {
  const { scenario, schedule } = sickTuesday();
  const options = coverOptions(scenario, schedule, TUESDAY, 20);

  it('should offer only agents off that day and free, best first', () => {
    const ids = options.map((option) => option.agentId);
    expect(ids).toContain('a1');
    expect(ids).not.toContain('a2');
    const working = new Set(
      schedule.shifts.filter((s) => s.start.startsWith(TUESDAY)).map((s) => s.agentId),
    );
    for (const id of ids) expect(working.has(id)).toBe(false);
    const gains = options.map((option) => option.answeredGain);
    expect(gains).toEqual([...gains].sort((x, y) => y - x));
    expect(coverOptions(scenario, schedule, TUESDAY, 1)).toEqual(options.slice(0, 1));
  });

  it('should add exactly the service level it promises, breaking no rule the week did not', () => {
    const before = evaluateSchedule(scenario, schedule);
    for (const option of options) {
      expect(option.shift).toMatchObject({ agentId: option.agentId, overtime: true });
      expect(option.shift.start.startsWith(TUESDAY)).toBe(true);
      const covered = { shifts: [...schedule.shifts, option.shift] };
      const after = evaluateSchedule(scenario, covered);
      expect(after.week.serviceLevel - before.week.serviceLevel).toBeCloseTo(
        option.serviceLevelGain,
        12,
      );
      expect(rulesOf(scenario, covered)).toEqual(rulesOf(scenario, schedule));
    }
  });

  it('should offer nobody a shift that breaks the days per week', () => {
    const fourDays: Scenario = { ...scenario, rules: { ...scenario.rules, maxDaysPerWeek: 4 } };
    const ids = coverOptions(fourDays, schedule, TUESDAY, 20).map((option) => option.agentId);
    // a1 works the other four weekdays: a fifth day is one too many.
    expect(ids).not.toContain('a1');
  });

  it('should refuse a date outside the week', () => {
    expect(() => coverOptions(scenario, schedule, '2025-04-01')).toThrow(
      /^date: 2025-04-01 is not in the week of 2025-03-24/,
    );
  });
});
