import { addLocalDays, localDateOf } from '@bemanna/calendar';
import { evaluateSchedule, generateSchedule, syntheticScenario } from '@bemanna/schedule';
import { applyAbsences } from './absences-applied';

describe(applyAbsences.name, () => {
  const scenario = syntheticScenario({ agents: 6, answerGroups: 1, load: 0.7, teamSize: 3 });
  let planned: Awaited<ReturnType<typeof generateSchedule>>;

  beforeAll(async () => {
    planned = await generateSchedule(scenario, { maxIterations: 500, seed: 1, boundMipSeconds: 0 });
    expect(planned.report.brokenRules).toEqual([]);
  }, 60_000);

  it('should take the days’ shifts and their paid minutes, and excuse a lost meeting, keeping every rule', () => {
    const { schedule } = planned;
    const withMeeting = schedule.shifts.find((shift) =>
      shift.activities.some((activity) => activity.type === 'meeting'),
    );
    if (!withMeeting) throw new Error('the week has no team meeting');
    const agentId = withMeeting.agentId;
    const date = localDateOf(Date.parse(withMeeting.start), scenario.timezone);
    const lunch = withMeeting.activities
      .filter((activity) => activity.type === 'lunch')
      .reduce((sum, a) => sum + (Date.parse(a.end) - Date.parse(a.start)) / 60_000, 0);
    const paid = (Date.parse(withMeeting.end) - Date.parse(withMeeting.start)) / 60_000 - lunch;

    const applied = applyAbsences(scenario, schedule, [
      { agentId, fromDate: date, toDate: date },
      { agentId: 'nobody', fromDate: date, toDate: date },
    ]);

    expect(applied.lost).toBe(1);
    expect(applied.schedule.shifts).toHaveLength(schedule.shifts.length - 1);
    expect(applied.schedule.shifts).not.toContain(withMeeting);
    const before = scenario.agents.find((agent) => agent.id === agentId)!;
    const after = applied.scenario.agents.find((agent) => agent.id === agentId)!;
    expect(after.contractMinutesPerWeek).toBe(before.contractMinutesPerWeek - paid);
    expect(after.unavailable).toEqual([
      ...(before.unavailable ?? []),
      { start: `${date}T00:00:00+01:00`, end: expect.stringMatching(/T00:00:00\+0[12]:00$/) },
    ]);
    const team = applied.scenario.meetings!.find((meeting) => meeting.teamId === after.teamId);
    expect(team?.excused).toEqual([agentId]);
    expect(evaluateSchedule(applied.scenario, applied.schedule).brokenRules).toEqual([]);
    // The version itself is left as it was.
    expect(scenario.agents.find((agent) => agent.id === agentId)).toBe(before);
    expect(before.contractMinutesPerWeek).toBe(after.contractMinutesPerWeek + paid);
  });

  it('should leave the contract alone when the shift lost was overtime', () => {
    const [first] = planned.schedule.shifts;
    if (!first) throw new Error('the week has no shifts');
    const overtime = { ...first, overtime: true };
    const date = localDateOf(Date.parse(first.start), scenario.timezone);
    const applied = applyAbsences(
      scenario,
      { shifts: [overtime, ...planned.schedule.shifts.slice(1)] },
      [{ agentId: first.agentId, fromDate: date, toDate: date }],
    );
    expect(applied.lost).toBe(1);
    const agent = (of: typeof scenario) => of.agents.find((a) => a.id === first.agentId);
    expect(agent(applied.scenario)?.contractMinutesPerWeek).toBe(
      agent(scenario)?.contractMinutesPerWeek,
    );
  });

  it('should make a day off the agent is away unavailable, taking nothing else', () => {
    const { schedule } = planned;
    const agent = scenario.agents[0]!;
    const worked = new Set(
      schedule.shifts
        .filter((shift) => shift.agentId === agent.id)
        .map((shift) => localDateOf(Date.parse(shift.start), scenario.timezone)),
    );
    const dayOff = [0, 1, 2, 3, 4, 5, 6]
      .map((day) => addLocalDays(scenario.weekStart, day))
      .find((date) => !worked.has(date));
    if (!dayOff) throw new Error(`${agent.id} works every day`);
    const absence = { agentId: agent.id, fromDate: dayOff, toDate: dayOff };

    const applied = applyAbsences(scenario, schedule, [absence]);

    expect(applied.lost).toBe(0);
    expect(applied.schedule).toEqual(schedule);
    const after = applied.scenario.agents[0]!;
    expect(after.contractMinutesPerWeek).toBe(agent.contractMinutesPerWeek);
    const span = {
      start: expect.stringContaining(`${dayOff}T00:00:00+0`),
      end: expect.any(String),
    };
    expect(after.unavailable).toEqual([...(agent.unavailable ?? []), span]);
    // Applied again (the absence was known when the week was made), the day is not doubled.
    const again = applyAbsences(applied.scenario, schedule, [absence]);
    expect(again.scenario.agents[0]!.unavailable).toEqual(after.unavailable);
  });

  it('should change nothing when nobody is away on a day they work', () => {
    const applied = applyAbsences(scenario, planned.schedule, []);
    expect(applied).toEqual({ scenario, schedule: planned.schedule, lost: 0 });
  });
});
