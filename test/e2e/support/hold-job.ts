import type { INestApplication } from '@nestjs/common';
import { JobRunner } from '../../../apps/api/src/jobs/job-runner.service';
import type { JobKind } from '../../../apps/api/src/jobs/job-kinds';
import { JobsService } from '../../../apps/api/src/jobs/jobs.service';

/** A job kind only tests run: it holds the worker until cancelled, so other jobs queue. */
const HOLD = 'test-hold' as JobKind;

/**
 * Registers the holding job on the app's worker: it ends when cancelled (`stopped` lists the
 * jobs whose work a cancel stopped, as a worker thread's would be) or asked to finish early
 * (its result then says so).
 */
export function registerHoldingJob(app: INestApplication): { stopped: number[] } {
  const stopped: number[] = [];
  app.get(JobRunner).register(
    HOLD,
    (job, context) =>
      new Promise((resolve, reject) => {
        context.onStop(async () => {
          stopped.push(job.id);
          reject(new Error('stopped'));
        });
        context.onFinishEarly(() =>
          resolve({ result: { finishedEarly: true }, message: 'Finished early' }),
        );
      }),
  );
  return { stopped };
}

/** Queues a holding job and resolves with its id once the worker runs it. */
export async function startHoldingJob(app: INestApplication): Promise<number> {
  const jobs = app.get(JobsService);
  const { id } = await jobs.enqueue(HOLD, {});
  while ((await jobs.findOne(id)).status !== 'running') {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return id;
}
