import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ErrorDetail } from '../common/error-detail';
import type { JobStep } from './job-step';

export const JOB_STATUSES = ['queued', 'running', 'succeeded', 'failed', 'cancelled'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/** JSON a job stores: its parameters and, when done, its result (e.g. the version it made). */
export type JobJson = Record<string, unknown>;

/**
 * A background job (a forecast run, a schedule generation) in PostgreSQL: the table is the
 * queue, so a restart loses nothing and anyone can read progress over HTTP.
 */
@Entity('job')
export class Job {
  @PrimaryGeneratedColumn()
  id: number;

  /** What to run, e.g. `forecast-run`; a handler is registered per kind. */
  @Column('text')
  kind: string;

  @Column('text')
  status: JobStatus;

  /** Share done, 0..1, with a message for people (`Backtesting 3 of 7 answer groups`). */
  @Column('double precision')
  progress: number;

  @Column('text', { nullable: true })
  message: string | null;

  /** The step `message` tells of, for the web app to word; null when not running a step. */
  @Column('jsonb', { nullable: true })
  step: JobStep | null;

  @Column('jsonb')
  parameters: JobJson;

  @Column('jsonb', { nullable: true })
  result: JobJson | null;

  @Column('text', { nullable: true })
  error: string | null;

  /** The error as a key with values, for the web app to word; null when it has none. */
  @Column('jsonb', { name: 'error_detail', nullable: true })
  errorDetail: ErrorDetail | null;

  /** Times the job was started; more than one means a restart interrupted it. */
  @Column('integer')
  attempts: number;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'started_at', nullable: true })
  startedAt: Date | null;

  @Column('timestamptz', { name: 'finished_at', nullable: true })
  finishedAt: Date | null;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;
}
