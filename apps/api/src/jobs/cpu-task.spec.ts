import fs from 'node:fs';
import path from 'node:path';
import type { ForecastTaskInput, ForecastTaskOutput } from '../forecast-runs/forecast.task';
import { FORECAST_TASK } from '../forecast-runs/forecast.task';
import { syntheticScenario } from '@bemanna/schedule';
import type { SCHEDULE_TASK } from '../schedules/schedule.task';
import type * as CpuTaskModule from './cpu-task';
import { canUseWorker, runCpuTask } from './cpu-task';

/**
 * The compiled API (`npm run build`, which `npm test` runs first): the only place worker
 * threads can load tasks from. A stale build would compare old code with new, so build first.
 */
const DIST = path.resolve(__dirname, '../../dist');
const built = fs.existsSync(path.join(DIST, 'jobs/cpu-worker.js'));

function input(): ForecastTaskInput {
  const startMs: number[] = [];
  const offered: number[] = [];
  // Six weeks of one group, weekdays 08:00-12:00, 2025-09-29 (Monday, +02:00) onwards.
  for (let day = 0; day < 42; day++) {
    if (day % 7 >= 5) continue;
    for (let q = 0; q < 16; q++) {
      startMs.push(Date.parse('2025-09-29T06:00:00Z') + day * 86_400_000 + q * 900_000);
      offered.push(5 + (q % 4) + (day % 7));
    }
  }
  const n = startMs.length;
  return {
    history: {
      answerGroupIds: ['bygglov'],
      group: new Uint16Array(n),
      startMs: Float64Array.from(startMs),
      offered: Float64Array.from(offered),
      answered: new Float64Array(n).fill(Number.NaN),
      ahtSeconds: new Float64Array(n).fill(Number.NaN),
    },
    from: '2025-11-10',
    days: 5,
    method: 'auto',
    timeZone: 'Europe/Stockholm',
    country: 'SE',
    backtestOrigins: 1,
    predictionLevel: 0.8,
    excludeDates: [],
    openDates: [],
  };
}

describe(runCpuTask.name, () => {
  it('should run a task inline when its module is TypeScript (tests)', async () => {
    expect(canUseWorker(FORECAST_TASK as never)).toBe(false);
    const messages: string[] = [];
    const output = await runCpuTask(FORECAST_TASK, input(), (_share, message) =>
      messages.push(message),
    ).result;
    expect(output.intervals.length).toBeGreaterThan(0);
    expect(messages.length).toBeGreaterThan(0);
  });

  (built ? it : it.skip)(
    'should run the compiled task in a worker thread with the same result',
    async () => {
      const compiledTask = require(path.join(DIST, 'forecast-runs/forecast.task.js')) as {
        FORECAST_TASK: typeof FORECAST_TASK;
      };
      const compiledRunner = require(path.join(DIST, 'jobs/cpu-task.js')) as typeof CpuTaskModule;
      expect(compiledRunner.canUseWorker(compiledTask.FORECAST_TASK as never)).toBe(true);
      const progress: number[] = [];
      const inWorker: ForecastTaskOutput = await compiledRunner.runCpuTask(
        compiledTask.FORECAST_TASK,
        input(),
        (share) => progress.push(share),
      ).result;
      const inline = await runCpuTask(FORECAST_TASK, input(), () => {}).result;
      expect(progress.length).toBeGreaterThan(0);
      expect(inWorker.intervals).toEqual(inline.intervals);
      expect(inWorker.accuracy).toEqual(inline.accuracy);
    },
  );

  (built ? it : it.skip)(
    'should have a task in a worker thread finish early when asked, while its loops run',
    async () => {
      const compiledTask = require(path.join(DIST, 'schedules/schedule.task.js')) as {
        SCHEDULE_TASK: typeof SCHEDULE_TASK;
      };
      const compiledRunner = require(path.join(DIST, 'jobs/cpu-task.js')) as typeof CpuTaskModule;
      const scenario = syntheticScenario({ agents: 6, answerGroups: 2, load: 0.7 });
      // Ten minutes to improve; asked to finish once the first schedule is made.
      const task = compiledRunner.runCpuTask(
        compiledTask.SCHEDULE_TASK,
        { scenario, timeLimitMs: 600_000, seed: 1 },
        (_share, report) => {
          if (report.key === 'scheduleFirst') task.finishEarly();
        },
      );
      const output = await task.result;
      expect(output.report.brokenRules).toEqual([]);
      expect(output.stats.seconds).toBeLessThan(60);
    },
    60_000,
  );

  (built ? it : it.skip)('should reject with the task’s error message', async () => {
    const compiledTask = require(path.join(DIST, 'forecast-runs/forecast.task.js')) as {
      FORECAST_TASK: typeof FORECAST_TASK;
    };
    const compiledRunner = require(path.join(DIST, 'jobs/cpu-task.js')) as typeof CpuTaskModule;
    await expect(
      compiledRunner.runCpuTask(compiledTask.FORECAST_TASK, { ...input(), days: 0 }, () => {})
        .result,
    ).rejects.toThrow('days');
  });

  (built ? it : it.skip)(
    'should carry the reason of a task’s error out of the worker thread',
    async () => {
      const compiledTask = require(path.join(DIST, 'schedules/schedule.task.js')) as {
        SCHEDULE_TASK: typeof SCHEDULE_TASK;
      };
      const compiledRunner = require(path.join(DIST, 'jobs/cpu-task.js')) as typeof CpuTaskModule;
      // 100 contract minutes: no week of 6- to 8.5-hour shifts meets them.
      const scenario = syntheticScenario({ agents: 2, answerGroups: 1, load: 0.5 });
      scenario.agents[0]!.contractMinutesPerWeek = 100;
      await expect(
        compiledRunner.runCpuTask(
          compiledTask.SCHEDULE_TASK,
          { scenario, timeLimitMs: 2000, seed: 1 },
          () => {},
        ).result,
      ).rejects.toMatchObject({
        name: 'CpuTaskError',
        message: expect.stringContaining('$.agents[0]'),
        detail: { key: 'noRuleKeepingWeek', values: { agent: 'Agent 1', contractMinutes: 100 } },
      });
    },
  );
});
