import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Call statistics of one answer group in one interval, as an ACD exported them. */
@Entity('history_interval')
export class HistoryInterval {
  @PrimaryColumn('text', { name: 'answer_group_id' })
  answerGroupId: string;

  /** The interval's first instant (stored as timestamptz, i.e. UTC). */
  @PrimaryColumn('timestamptz', { name: 'interval_start' })
  intervalStart: Date;

  /** Interval length; 1440 means one local day (23 or 25 hours when clocks change). */
  @Column('smallint', { name: 'interval_minutes' })
  intervalMinutes: number;

  @Column('double precision')
  offered: number;

  @Column('double precision', { nullable: true })
  answered: number | null;

  @Column('double precision', { name: 'answered_within_target', nullable: true })
  answeredWithinTarget: number | null;

  @Column('double precision', { nullable: true })
  abandoned: number | null;

  @Column('double precision', { name: 'aht_seconds', nullable: true })
  ahtSeconds: number | null;

  /** The import that last changed this row. */
  @Column('integer', { name: 'import_id' })
  importId: number;
}
