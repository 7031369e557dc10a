import { Column, CreateDateColumn, Entity, OneToMany, PrimaryColumn } from 'typeorm';
import { AnswerGroupShrinkage } from './answer-group-shrinkage.entity';

/** Opening hours of one weekday, local `HH:MM` from and to, or null when closed. */
export type DayHours = [string, string] | null;

/** A day that differs from the weekly pattern: a holiday, an eve, a training afternoon. */
export interface SpecialDayHours {
  /** Local date, `YYYY-MM-DD`. */
  date: string;
  name: string;
  hours: DayHours;
}

/** An answer group (svarsgrupp): one queue callers reach from the phone menu. */
@Entity('answer_group')
export class AnswerGroup {
  /** Short id, as the ACD exports name the queue (`answer_group` in format A). */
  @PrimaryColumn('text')
  id: string;

  @Column('text')
  name: string;

  /** Planned average handle time (talk + wrap-up). */
  @Column('double precision', { name: 'aht_seconds' })
  ahtSeconds: number;

  /** Service goal: `serviceLevelGoal` of calls answered within `targetSeconds`. */
  @Column('double precision', { name: 'service_level_goal' })
  serviceLevelGoal: number;

  @Column('integer', { name: 'target_seconds' })
  targetSeconds: number;

  /** Mean caller patience; when set, requirements use Erlang A instead of Erlang C. */
  @Column('double precision', { name: 'patience_seconds', nullable: true })
  patienceSeconds: number | null;

  /** Optional occupancy cap when solving for agents. */
  @Column('double precision', { name: 'max_occupancy', nullable: true })
  maxOccupancy: number | null;

  /** Shrinkage for months without their own entry. */
  @Column('double precision', { name: 'default_shrinkage' })
  defaultShrinkage: number;

  /** Seven entries, Monday first. */
  @Column('jsonb', { name: 'opening_hours' })
  openingHours: DayHours[];

  @Column('jsonb', { name: 'special_days' })
  specialDays: SpecialDayHours[];

  @OneToMany(
    () => AnswerGroupShrinkage,
    (shrinkage) => shrinkage.answerGroup,
  )
  monthlyShrinkage: AnswerGroupShrinkage[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
