import type { Scenario, Schedule, ScheduleReport } from '@bemanna/schedule';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type ScheduleStatus = 'draft' | 'published' | 'superseded';

/** Generation figures kept with a version: how long, how far from the bound, the baseline. */
export interface ScheduleStats {
  seconds?: number;
  lpStatus?: string;
  moves?: number;
  /** Weekly service level of the traditional 08:00-16:30 schedule on the same scenario. */
  traditionalServiceLevel?: number;
}

/**
 * One version of a week's schedule (schema) with the scenario it was made for, so it can be
 * evaluated and edited later exactly as generated. Versions are never overwritten: an edit
 * saves a new version derived from the old one.
 */
@Entity('schedule_version')
export class ScheduleVersion {
  @PrimaryGeneratedColumn()
  id: number;

  @Column('text')
  name: string;

  /** Local date of the week's Monday. */
  @Column('date', { name: 'week_start' })
  weekStart: string;

  @Column('text')
  status: ScheduleStatus;

  @Column('integer', { name: 'forecast_version_id', nullable: true })
  forecastVersionId: number | null;

  @Column('integer', { name: 'derived_from_id', nullable: true })
  derivedFromId: number | null;

  @Column('integer', { name: 'job_id', nullable: true })
  jobId: number | null;

  @Column('jsonb')
  scenario: Scenario;

  @Column('jsonb')
  schedule: Schedule;

  @Column('jsonb')
  report: ScheduleReport;

  /** Upper bound on the weekly service level (LP relaxation); null when not proven. */
  @Column('double precision', { nullable: true })
  bound: number | null;

  /** (bound - achieved) / bound. */
  @Column('double precision', { nullable: true })
  gap: number | null;

  /** Weekly call-weighted service level, from the report. */
  @Column('double precision', { name: 'service_level' })
  serviceLevel: number;

  /** Hard rules broken (only a forced save has any). */
  @Column('integer', { name: 'broken_rules' })
  brokenRules: number;

  @Column('jsonb', { nullable: true })
  stats: ScheduleStats | null;

  @Column('text', { nullable: true })
  note: string | null;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt: Date;

  @Column('timestamptz', { name: 'published_at', nullable: true })
  publishedAt: Date | null;
}
