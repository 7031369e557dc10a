import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ErrorDetail } from '../common/error-detail';
import { JobDto } from './dto/job.dto';
import { Job, JobJson } from './job.entity';
import type { JobStep, ProgressReport } from './job-step';
import type { JobKind } from './job-kinds';

const CANCEL_SQL = `UPDATE job SET status = 'cancelled', message = 'Cancelled', step = NULL,
                          finished_at = now(), updated_at = now()`;

/** Attempts after which a job that keeps being interrupted is failed instead of re-queued. */
export const MAX_ATTEMPTS = 3;

export function toJobDto(job: Job): JobDto {
  return {
    id: job.id,
    kind: job.kind,
    status: job.status,
    progress: job.progress,
    message: job.message,
    step: job.step,
    parameters: job.parameters,
    result: job.result,
    error: job.error,
    errorDetail: job.errorDetail,
    attempts: job.attempts,
    createdAt: job.createdAt.toISOString(),
    startedAt: job.startedAt?.toISOString() ?? null,
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}

/** Raw rows of `job` (RETURNING *) as entities. */
function fromRow(row: Record<string, unknown>): Job {
  return Object.assign(new Job(), {
    id: row.id as number,
    kind: row.kind as string,
    status: row.status as Job['status'],
    progress: row.progress as number,
    message: row.message as string | null,
    step: row.step as JobStep | null,
    parameters: row.parameters as JobJson,
    result: row.result as JobJson | null,
    error: row.error as string | null,
    errorDetail: row.error_detail as ErrorDetail | null,
    attempts: row.attempts as number,
    createdAt: row.created_at as Date,
    startedAt: row.started_at as Date | null,
    finishedAt: row.finished_at as Date | null,
    updatedAt: row.updated_at as Date,
  });
}

type Listener = () => void;
/** What a planner may ask of a running job's worker. */
export type RunningJobRequest = 'cancel' | 'finish';
type RunningJobListener = (id: number, request: RunningJobRequest) => boolean;

/**
 * The job queue as a plain PostgreSQL table. Not pg-boss, although it is installed: pg-boss
 * wants several connections of its own (LISTEN, polling, maintenance), and the embedded
 * PGlite is a single connection shared with the app. One table, claimed with
 * `UPDATE ... WHERE status = 'queued' ... FOR UPDATE SKIP LOCKED RETURNING`, does what we need
 * on both databases, and keeps the jobs in the same transactions and backups as the data.
 */
@Injectable()
export class JobsService {
  private readonly listeners = new Set<Listener>();
  private readonly runningJobListeners = new Set<RunningJobListener>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Queues a job and wakes the worker; returns the stored job. */
  async enqueue(kind: JobKind, parameters: JobJson): Promise<Job> {
    const [row] = (await this.dataSource.query(
      `INSERT INTO job (kind, status, progress, parameters) VALUES ($1, 'queued', 0, $2) RETURNING *`,
      [kind, JSON.stringify(parameters)],
    )) as Record<string, unknown>[];
    for (const listener of this.listeners) listener();
    return fromRow(row as Record<string, unknown>);
  }

  /** Calls `listener` whenever a job is queued (the worker's wake-up). */
  onEnqueue(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Cancels a job. A queued one is `cancelled` at once and never runs. A running one is
   * stopped by the worker running it (`onRunningJobRequest`), which records it `cancelled` once its work
   * has stopped, or `succeeded` if it finished first: either way the job's status says
   * whether it stored anything. A running job no worker here holds (left by a crash) is
   * cancelled at once. 409 when the job has already ended.
   */
  async cancel(id: number): Promise<JobDto> {
    const queued = firstReturned(
      (await this.dataSource.query(
        `${CANCEL_SQL} WHERE id = $1 AND status = 'queued' RETURNING *`,
        [id],
      )) as [Record<string, unknown>[], number] | Record<string, unknown>[],
    );
    if (queued) return toJobDto(fromRow(queued));
    const job = await this.findEntity(id);
    if (job.status !== 'running') {
      throw new ConflictException(`Job ${id} has already ended: ${job.status}`);
    }
    if (!this.askWorker(id, 'cancel')) await this.recordCancelled(id);
    return this.findOne(id);
  }

  /**
   * Asks a running job to finish now with what it has found (a schedule generation: the best
   * schedule so far); it then succeeds as usual. 409 unless it is running and can.
   */
  async finishEarly(id: number): Promise<JobDto> {
    const job = await this.findEntity(id);
    if (job.status !== 'running') {
      throw new ConflictException(`Job ${id} is not running: ${job.status}`);
    }
    if (!this.askWorker(id, 'finish')) {
      throw new ConflictException(`Job ${id} (${job.kind}) cannot finish early`);
    }
    return toJobDto(job);
  }

  /**
   * Calls `listener` with a request for a running job; it answers whether it runs that job
   * and has done as asked.
   */
  onRunningJobRequest(listener: RunningJobListener): () => void {
    this.runningJobListeners.add(listener);
    return () => this.runningJobListeners.delete(listener);
  }

  private askWorker(id: number, request: RunningJobRequest): boolean {
    return [...this.runningJobListeners].some((listener) => listener(id, request));
  }

  /** A running job whose work has stopped on cancelling. */
  async recordCancelled(id: number): Promise<void> {
    await this.dataSource.query(`${CANCEL_SQL} WHERE id = $1 AND status = 'running'`, [id]);
  }

  async findEntity(id: number): Promise<Job> {
    const job = await this.dataSource.getRepository(Job).findOneBy({ id });
    if (!job) throw new NotFoundException(`Job ${id} does not exist`);
    return job;
  }

  async findOne(id: number): Promise<JobDto> {
    return toJobDto(await this.findEntity(id));
  }

  async findAll(kind: string | undefined, limit: number): Promise<JobDto[]> {
    const jobs = await this.dataSource.getRepository(Job).find({
      where: kind ? { kind } : {},
      order: { id: 'DESC' },
      take: limit,
    });
    return jobs.map(toJobDto);
  }

  /** Takes the oldest queued job, marking it running; undefined when none is queued. */
  async claimNext(): Promise<Job | undefined> {
    const rows = (await this.dataSource.query(
      `UPDATE job SET status = 'running', attempts = attempts + 1, progress = 0,
              message = 'Started', step = NULL, started_at = now(), updated_at = now()
       WHERE id = (SELECT id FROM job WHERE status = 'queued' ORDER BY id LIMIT 1
                   FOR UPDATE SKIP LOCKED)
       RETURNING *`,
    )) as [Record<string, unknown>[], number] | Record<string, unknown>[];
    const row = firstReturned(rows);
    return row ? fromRow(row) : undefined;
  }

  async recordProgress(id: number, progress: number, report: ProgressReport): Promise<void> {
    const step: JobStep = { key: report.key, values: report.values ?? {} };
    await this.dataSource.query(
      `UPDATE job SET progress = $2, message = $3, step = $4, updated_at = now()
       WHERE id = $1 AND status = 'running'`,
      [id, Math.min(1, Math.max(0, progress)), report.message, JSON.stringify(step)],
    );
  }

  async succeed(id: number, result: JobJson, message: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE job SET status = 'succeeded', progress = 1, message = $3, step = NULL, result = $2, error = NULL,
              finished_at = now(), updated_at = now()
       WHERE id = $1 AND status = 'running'`,
      [id, JSON.stringify(result), message],
    );
  }

  async fail(id: number, error: string, detail?: ErrorDetail): Promise<void> {
    await this.dataSource.query(
      `UPDATE job SET status = 'failed', message = 'Failed', step = NULL, error = $2, error_detail = $3,
              finished_at = now(), updated_at = now()
       WHERE id = $1 AND status = 'running'`,
      [id, error, detail ? JSON.stringify(detail) : null],
    );
  }

  /**
   * After a crash or restart, jobs left `running` have no one running them: they go back to
   * the queue, or fail once they have been interrupted MAX_ATTEMPTS times (a job that kills
   * the process must not kill it forever). Assumes one API process per database, as
   * `npm start` and docker-compose run it; several would need a lease with a heartbeat.
   */
  async requeueInterrupted(): Promise<{ requeued: number; failed: number }> {
    const rows = (await this.dataSource.query(
      `UPDATE job SET
         status = CASE WHEN attempts >= $1 THEN 'failed' ELSE 'queued' END,
         error = CASE WHEN attempts >= $1
           THEN 'Interrupted by a restart ' || attempts || ' times; not retried' ELSE error END,
         error_detail = CASE WHEN attempts >= $1
           THEN jsonb_build_object('key', 'interruptedByRestarts',
                                   'values', jsonb_build_object('attempts', attempts))
           ELSE error_detail END,
         message = CASE WHEN attempts >= $1 THEN 'Failed' ELSE 'Re-queued after a restart' END,
         step = NULL,
         finished_at = CASE WHEN attempts >= $1 THEN now() ELSE NULL END,
         updated_at = now()
       WHERE status = 'running'
       RETURNING status`,
      [MAX_ATTEMPTS],
    )) as [Record<string, unknown>[], number] | Record<string, unknown>[];
    const returned = returnedRows(rows);
    const failed = returned.filter((row) => row.status === 'failed').length;
    return { requeued: returned.length - failed, failed };
  }
}

/** TypeORM's postgres driver answers an UPDATE ... RETURNING with [rows, affected count]. */
function returnedRows(
  result: [Record<string, unknown>[], number] | Record<string, unknown>[],
): Record<string, unknown>[] {
  if (result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') {
    return result[0];
  }
  return result as Record<string, unknown>[];
}

function firstReturned(
  result: [Record<string, unknown>[], number] | Record<string, unknown>[],
): Record<string, unknown> | undefined {
  return returnedRows(result)[0];
}
