import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { type ErrorDetail, errorDetailOf, errorMessageOf } from '../common/error-detail';
import type { Job, JobJson } from './job.entity';
import type { ProgressReport } from './job-step';
import type { JobKind } from './job-kinds';
import { type RunningJobRequest, JobsService } from './jobs.service';

/** What a handler gets besides the job: progress reporting, throttled to the database. */
export interface JobContext {
  progress(share: number, report: ProgressReport): void;
  /**
   * Registers a way to stop the job's work (a worker thread) when the job is cancelled or the
   * app shuts down.
   */
  onStop(stop: () => Promise<void>): void;
  /** Registers how the job's work finishes early with what it has, when a planner asks. */
  onFinishEarly(finish: () => void): void;
  /**
   * Aborted when the job is cancelled: a handler checks it before storing what it made (work
   * that cannot be stopped, inline under Jest, runs on to its end). A handler that returns
   * has stored its result, and the job succeeds; one that throws once aborted is cancelled.
   */
  signal: AbortSignal;
}

export interface JobOutcome {
  result: JobJson;
  message: string;
}

export type JobHandler = (job: Job, context: JobContext) => Promise<JobOutcome>;

/**
 * A failure the handler expects (bad parameters, missing data): stored as the job's error, with
 * its detail for the web app to word when it has one.
 */
export class JobFailure extends Error {
  override readonly name = 'JobFailure';

  constructor(
    message: string,
    readonly detail?: ErrorDetail,
  ) {
    super(message);
  }

  /** Whatever a handler's step threw, as the job's failure with its message and detail. */
  static of(error: unknown): JobFailure {
    return new JobFailure(errorMessageOf(error), errorDetailOf(error));
  }
}

/** Progress is written at most this often, so a chatty optimiser does not flood the table. */
export const PROGRESS_WRITE_MS = 500;
/** Poll for queued jobs this often besides the wake-up on enqueue (jobs queued elsewhere). */
export const POLL_MS = 2000;

/**
 * The in-process worker: on start it re-queues jobs a crash or restart left `running`, then
 * runs queued jobs one at a time, oldest first, with the handler registered for their kind.
 * One at a time suits a single embedded PostgreSQL connection and keeps CPU work (which runs
 * in a worker thread, see cpu-task.ts) from competing with itself.
 */
@Injectable()
export class JobRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobRunner.name);
  private readonly handlers = new Map<string, JobHandler>();
  private timer: NodeJS.Timeout | undefined;
  private unsubscribe: (() => void)[] = [];
  private draining: Promise<void> | undefined;
  private wakeAgain = false;
  private stopped = false;
  /** The job running now: how to abort it, stop its work, or have it finish early. */
  private current:
    | {
        id: number;
        abort: AbortController;
        stop: (() => Promise<void>) | undefined;
        finish: (() => void) | undefined;
      }
    | undefined;

  constructor(private readonly jobs: JobsService) {}

  /** Feature modules register their handlers in onModuleInit, before the worker starts. */
  register(kind: JobKind, handler: JobHandler): void {
    this.handlers.set(kind, handler);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.recoverInterrupted();
    this.unsubscribe = [
      this.jobs.onEnqueue(() => this.wake()),
      this.jobs.onRunningJobRequest((id, request) => this.ask(id, request)),
    ];
    this.timer = setInterval(() => this.wake(), POLL_MS);
    // Never keep the process alive just to poll.
    this.timer.unref();
    this.wake();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    for (const unsubscribe of this.unsubscribe) unsubscribe();
    // The job in progress stays `running` in the database and is re-queued on the next start;
    // its worker thread is stopped rather than awaited, so shutting down stays quick.
    await this.current?.stop?.().catch(() => {});
    await this.draining?.catch(() => {});
  }

  /**
   * A planner's request for job `id`, if it runs here: a cancelled job's handler sees the abort
   * and its worker stops; a job asked to finish early does so if its handler said how. Whether
   * it was done.
   */
  private ask(id: number, request: RunningJobRequest): boolean {
    const current = this.current;
    if (current?.id !== id) return false;
    if (request === 'finish') {
      current.finish?.();
      return current.finish !== undefined;
    }
    current.abort.abort();
    void current.stop?.().catch(() => {});
    return true;
  }

  /** What a restart does first; public so tests can simulate one. */
  async recoverInterrupted(): Promise<void> {
    const { requeued, failed } = await this.jobs.requeueInterrupted();
    if (requeued + failed > 0) {
      this.logger.warn(`Jobs left running by a restart: ${requeued} re-queued, ${failed} failed`);
    }
  }

  /** Starts draining the queue unless already draining; resolves when the queue is empty. */
  wake(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.draining) {
      this.wakeAgain = true;
      return this.draining;
    }
    this.draining = this.drain().finally(() => {
      this.draining = undefined;
      if (this.wakeAgain && !this.stopped) {
        this.wakeAgain = false;
        void this.wake();
      }
    });
    return this.draining;
  }

  private async drain(): Promise<void> {
    while (!this.stopped) {
      let job: Job | undefined;
      try {
        job = await this.jobs.claimNext();
      } catch (error) {
        this.logger.error(`Could not claim a job: ${errorMessageOf(error)}`);
        return;
      }
      if (!job) return;
      await this.runOne(job);
    }
  }

  private async runOne(job: Job): Promise<void> {
    const handler = this.handlers.get(job.kind);
    if (!handler) {
      await this.jobs.fail(job.id, `No handler for jobs of kind "${job.kind}"`);
      return;
    }
    let lastWrite = 0;
    let pending: Promise<void> = Promise.resolve();
    // The newest report not yet written, and the timer that writes it when the interval is up:
    // a step reported just after another must still show, for the optimiser may then be
    // silent for many seconds (the schedule's bound: 10-15 s).
    let latest: { share: number; report: ProgressReport } | null = null;
    let trailing: NodeJS.Timeout | null = null;
    const write = () => {
      trailing = null;
      if (!latest) return;
      const { share, report } = latest;
      latest = null;
      lastWrite = Date.now();
      // Writes are chained so they land in order and never overlap on one connection.
      pending = pending
        .then(() => this.jobs.recordProgress(job.id, share, report))
        .catch((error: unknown) =>
          this.logger.warn(`Job ${job.id}: progress not recorded: ${errorMessageOf(error)}`),
        );
    };
    const current: NonNullable<typeof this.current> = {
      id: job.id,
      abort: new AbortController(),
      stop: undefined,
      finish: undefined,
    };
    this.current = current;
    const context: JobContext = {
      signal: current.abort.signal,
      progress: (share, report) => {
        latest = { share, report };
        const wait = lastWrite + PROGRESS_WRITE_MS - Date.now();
        if (wait <= 0) write();
        else trailing ??= setTimeout(write, wait);
      },
      onStop: (stop) => {
        current.stop = stop;
        // Cancelled while the handler was still preparing: its work stops as soon as it starts.
        if (current.abort.signal.aborted) void stop().catch(() => {});
      },
      onFinishEarly: (finish) => {
        current.finish = finish;
      },
    };
    // The outcome replaces any progress still to be written.
    const settle = () => {
      if (trailing) clearTimeout(trailing);
      trailing = null;
      latest = null;
      return pending;
    };
    const started = Date.now();
    try {
      const outcome = await handler(job, context);
      await settle();
      if (this.stopped) return;
      // Even when a cancel came: the handler finished first and stored its result.
      await this.jobs.succeed(job.id, outcome.result, outcome.message);
      this.logger.log(`Job ${job.id} (${job.kind}) succeeded in ${Date.now() - started} ms`);
    } catch (error) {
      await settle();
      // Stopped mid-run by a shutdown: leave it `running`, so the next start re-queues it.
      if (this.stopped) return;
      if (current.abort.signal.aborted) {
        await this.jobs
          .recordCancelled(job.id)
          .catch((e: unknown) => this.logger.error(`Job ${job.id}: ${errorMessageOf(e)}`));
        this.logger.log(`Job ${job.id} (${job.kind}) cancelled after ${Date.now() - started} ms`);
        return;
      }
      // A failure with a detail is one the planner can act on (a contract no shift lengths
      // meet), not a fault of the API's.
      const detail = errorDetailOf(error);
      if (!(error instanceof JobFailure) && !detail) {
        this.logger.error(`Job ${job.id} (${job.kind}) failed: ${errorMessageOf(error)}`);
      }
      await this.jobs
        .fail(job.id, errorMessageOf(error), detail)
        .catch((e: unknown) => this.logger.error(`Job ${job.id}: ${errorMessageOf(e)}`));
    } finally {
      this.current = undefined;
    }
  }
}
