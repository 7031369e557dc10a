import fs from 'node:fs';
import path from 'node:path';
import { constructedRoster } from './constructed-roster.fixture';
import { buildDayModel, optimiseDay } from './day-mip';
import { evaluateSchedule } from './evaluate-schedule';
import { loadSolver, maximiseProblem } from './mip-model';
import { MipThread } from './mip-thread';
import { BUILT_MIP_WORKER } from './mip-thread.fixture';
import { syntheticScenario } from './synthetic-scenario';

jest.setTimeout(60_000);

describe(MipThread.name, () => {
  let thread: MipThread;
  beforeAll(() => {
    expect(fs.existsSync(BUILT_MIP_WORKER)).toBe(true);
    thread = MipThread.start(BUILT_MIP_WORKER)!;
  });
  afterAll(() => thread.close());

  it('should not start on sources a worker thread cannot load', () => {
    expect(MipThread.start(path.join(__dirname, 'mip-worker.ts'))).toBeNull();
    expect(MipThread.start(path.join(__dirname, 'no-such-worker.js'))).toBeNull();
  });

  it("should solve a day's model as this thread does, and the solution apply after another day changed", async () => {
    const scenario = syntheticScenario({ agents: 14, answerGroups: 2, load: 0.8, teamSize: 7 });
    const roster = constructedRoster(scenario);
    const highs = await loadSolver();
    const tuesday = buildDayModel(roster, 1, 0)!;
    const options = { timeLimitSeconds: 20, start: tuesday.start };
    const there = thread.maximise(tuesday.problem, options);
    const here = maximiseProblem(highs, tuesday.problem, options)!;
    // Monday changes while Tuesday's model is being solved over there.
    expect(optimiseDay(highs, roster, 0, { timeLimitSeconds: 5, startWindow: 0 })).toBeGreaterThan(
      0,
    );
    const solution = (await there)!;
    expect(solution.objective).toBeCloseTo(here.objective, 6);
    const objective = roster.objective;
    const gained = tuesday.apply(solution);
    expect(gained).toBeGreaterThan(0);
    expect(roster.objective - objective).toBeCloseTo(gained, 6);
    expect(evaluateSchedule(scenario, roster.toSchedule()).brokenRules).toEqual([]);
  });

  it('should fail the solves still pending when the thread stops', async () => {
    const other = MipThread.start(BUILT_MIP_WORKER)!;
    const roster = constructedRoster(syntheticScenario({ agents: 14, answerGroups: 2, load: 0.8 }));
    const monday = buildDayModel(roster, 0, 0)!;
    const pending = other.maximise(monday.problem, { timeLimitSeconds: 30 });
    await other.close();
    await expect(pending).rejects.toThrow(/MIP thread stopped/);
  });
});
