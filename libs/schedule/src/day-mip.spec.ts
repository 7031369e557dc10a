import { constructedRoster } from './constructed-roster.fixture';
import { evaluateSchedule } from './evaluate-schedule';
import { loadSolver } from './mip-model';
import { optimiseDay } from './day-mip';
import type { Roster } from './roster';
import { syntheticScenario } from './synthetic-scenario';

jest.setTimeout(60_000);

describe(optimiseDay.name, () => {
  it('should spread the piled-up pauses of a constructed week and keep every rule', async () => {
    // Construction gives every shift the centred layout, so agents on the same shift pause
    // together: the pile the day MIP exists to break up.
    const scenario = syntheticScenario({ agents: 14, answerGroups: 2, load: 0.8, teamSize: 7 });
    const roster = constructedRoster(scenario);
    const highs = await loadSolver();
    const constructed = roster.toSchedule();
    const before = evaluateSchedule(scenario, constructed);
    let gained = 0;
    for (let day = 0; day < 7; day++) {
      const objective = roster.objective;
      const delta = optimiseDay(highs, roster, day, { timeLimitSeconds: 5, startWindow: 0 });
      expect(delta).toBeGreaterThanOrEqual(0);
      expect(roster.objective - objective).toBeCloseTo(delta, 6);
      gained += delta;
    }
    const after = evaluateSchedule(scenario, roster.toSchedule());
    expect(after.brokenRules).toEqual([]);
    expect(gained).toBeGreaterThan(0);
    expect(after.week.serviceLevel).toBeGreaterThan(before.week.serviceLevel + 0.005);
    // Shifts themselves stay: same starts and ends for every agent.
    const shifts = (schedule: ReturnType<Roster['toSchedule']>) =>
      schedule.shifts.map((shift) => `${shift.agentId} ${shift.start} ${shift.end}`).sort();
    expect(shifts(roster.toSchedule())).toEqual(shifts(constructed));
  });

  it('should move starts within the window only, keeping every rule and never losing', async () => {
    const scenario = syntheticScenario({ agents: 5, answerGroups: 1, load: 0.85 });
    const roster = constructedRoster(scenario);
    const { context } = roster;
    const highs = await loadSolver();
    const startsBefore = roster.plans.map((week) =>
      week.map((shift) => (shift ? context.catalogue.types[shift.type]!.start : -1)),
    );
    const before = roster.objective;
    let moved = 0;
    // Monday only: small enough for HiGHS to prove its optimum, so the test does not depend
    // on the machine's speed.
    for (const day of [0]) {
      expect(
        optimiseDay(highs, roster, day, { timeLimitSeconds: 30, startWindow: 2 }),
      ).toBeGreaterThanOrEqual(0);
    }
    roster.plans.forEach((week, a) => {
      week.forEach((shift, day) => {
        const was = startsBefore[a]![day]!;
        expect(shift === null).toBe(was < 0);
        if (!shift) return;
        const start = context.catalogue.types[shift.type]!.start;
        expect(Math.abs(start - was)).toBeLessThanOrEqual(2);
        if (start !== was) moved++;
      });
    });
    expect(roster.objective).toBeGreaterThanOrEqual(before);
    expect(moved).toBeGreaterThan(0);
    expect(evaluateSchedule(scenario, roster.toSchedule()).brokenRules).toEqual([]);
  });
});
