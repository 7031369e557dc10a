/**
 * Schedule generation's CPU work, as a function of plain data so it runs in a worker thread
 * (see jobs/cpu-task.ts). Imports only the library: no Nest, no database.
 */
import {
  evaluateSchedule,
  type GenerateProgress,
  generateSchedule,
  type Scenario,
  type Schedule,
  type ScheduleReport,
  traditionalSchedule,
} from '@bemanna/schedule';
import type { CpuTask, ReportProgress } from '../jobs/cpu-task';
import type { ProgressReport } from '../jobs/job-step';

export interface ScheduleTaskInput {
  scenario: Scenario;
  timeLimitMs: number;
  seed: number;
}

export interface ScheduleTaskOutput {
  schedule: Schedule;
  report: ScheduleReport;
  bound: number | null;
  gap: number | null;
  stats: {
    seconds: number;
    lpStatus: string;
    moves: number;
    traditionalServiceLevel: number;
  };
}

function percent(share: number | null | undefined): string {
  return share === null || share === undefined ? '–' : `${(share * 100).toFixed(1)}%`;
}

/** Share done and the step for each phase the generator reports. */
export function describeProgress(
  progress: GenerateProgress,
  timeLimitMs: number,
): { share: number; report: ProgressReport } {
  const serviceLevel = progress.serviceLevel ?? null;
  const bound = progress.bound ?? null;
  // The generator runs to its time limit whatever it finds, so the share is the time spent.
  const share = 0.05 + 0.9 * Math.min(1, progress.elapsedMs / Math.max(1, timeLimitMs));
  switch (progress.phase) {
    case 'lp':
      return {
        share,
        report: {
          key: 'scheduleLpBound',
          values: { bound },
          message: `Staffing bound: at most ${percent(bound)}, tightening it at the Erlang cliff`,
        },
      };
    case 'bound':
      return {
        share,
        report: {
          key: 'scheduleBound',
          values: { bound },
          message: `Staffing bound: at most ${percent(bound)}`,
        },
      };
    case 'construct':
      return {
        share,
        report: {
          key: 'scheduleFirst',
          values: { serviceLevel, bound },
          message: `First schedule: ${percent(serviceLevel)} (bound ${percent(bound)})`,
        },
      };
    case 'improve':
      return {
        share,
        report: {
          key: 'scheduleImproving',
          values: { serviceLevel, bound },
          message: `Improving: ${percent(serviceLevel)} (bound ${percent(bound)})`,
        },
      };
    default:
      return {
        share: 0.97,
        report: {
          key: 'scheduleDone',
          values: { serviceLevel },
          message: `Done: ${percent(serviceLevel)}`,
        },
      };
  }
}

/** Generates the week's schedule and evaluates the traditional schedule to compare. */
export async function runScheduleTask(
  input: ScheduleTaskInput,
  progress: ReportProgress,
  shouldFinish: () => boolean,
): Promise<ScheduleTaskOutput> {
  progress(0.05, { key: 'scheduleBounding', message: 'Computing the staffing bound' });
  const result = await generateSchedule(input.scenario, {
    timeLimitMs: input.timeLimitMs,
    seed: input.seed,
    shouldFinish,
    onProgress: (event) => {
      const { share, report } = describeProgress(event, input.timeLimitMs);
      progress(share, report);
    },
  });
  const traditional = evaluateSchedule(input.scenario, traditionalSchedule(input.scenario));
  return {
    schedule: result.schedule,
    report: result.report,
    bound: result.bound,
    gap: result.gap,
    stats: {
      seconds: result.stats.seconds,
      lpStatus: result.stats.lpStatus,
      moves: result.stats.moves,
      traditionalServiceLevel: traditional.week.serviceLevel,
    },
  };
}

export const SCHEDULE_TASK: CpuTask<ScheduleTaskInput, ScheduleTaskOutput> = {
  file: __filename,
  exportName: 'runScheduleTask',
  run: runScheduleTask,
};
