import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * A queue of written cases (e-mail, web forms) answered within working days: the schedule
 * turns phone time into backoffice for it where calls miss it least.
 */
@Entity('written_queue')
export class WrittenQueue {
  @PrimaryColumn('text')
  id: string;

  @Column('text')
  name: string;

  /** Minutes of work per case. */
  @Column('double precision', { name: 'handle_minutes' })
  handleMinutes: number;

  /** Expected cases arriving per weekday, Monday first. */
  @Column('jsonb', { name: 'cases_per_weekday' })
  casesPerWeekday: number[];

  /** Weekdays (0 = Monday) the queue is worked; holidays the centre is closed are not. */
  @Column('jsonb', { name: 'working_days' })
  workingDays: number[];

  /** 1: answered by the end of the working day after the one a case arrives on. */
  @Column('integer', { name: 'answer_within_working_days' })
  answerWithinWorkingDays: number;

  /** Agents skilled in any of these answer groups answer it; empty for every agent. */
  @Column('jsonb', { name: 'answer_group_ids' })
  answerGroupIds: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
