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

/** Share done and a message for each phase the generator reports. */
export function describeProgress(
  progress: GenerateProgress,
  timeLimitMs: number,
): { share: number; message: string } {
  switch (progress.phase) {
    case 'bound':
      return { share: 0.3, message: `Staffing bound: at most ${percent(progress.bound)}` };
    case 'construct':
      return {
        share: 0.4,
        message: `First schedule: ${percent(progress.serviceLevel)} (bound ${percent(progress.bound)})`,
      };
    case 'improve':
      return {
        share: Math.min(0.95, 0.4 + (0.55 * progress.elapsedMs) / Math.max(1, timeLimitMs)),
        message: `Improving: ${percent(progress.serviceLevel)} (bound ${percent(progress.bound)})`,
      };
    default:
      return { share: 0.97, message: `Done: ${percent(progress.serviceLevel)}` };
  }
}

/** Generates the week's schedule and evaluates the traditional schedule to compare. */
export async function runScheduleTask(
  input: ScheduleTaskInput,
  progress: ReportProgress,
): Promise<ScheduleTaskOutput> {
  progress(0.05, 'Computing the staffing bound');
  const result = await generateSchedule(input.scenario, {
    timeLimitMs: input.timeLimitMs,
    seed: input.seed,
    onProgress: (event) => {
      const { share, message } = describeProgress(event, input.timeLimitMs);
      progress(share, message);
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
