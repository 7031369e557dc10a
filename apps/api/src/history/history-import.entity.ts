import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** The log of one stored import: what came in and what it changed. */
@Entity('history_import')
export class HistoryImport {
  @PrimaryGeneratedColumn()
  id: number;

  @Column('text', { name: 'file_name' })
  fileName: string;

  /** SHA-256 of the file, so a repeated import is recognisable in the log. */
  @Column('text', { name: 'file_sha256' })
  fileSha256: string;

  @Column('integer', { name: 'profile_id', nullable: true })
  profileId: number | null;

  @Column('smallint', { name: 'interval_minutes' })
  intervalMinutes: number;

  @Column('integer', { name: 'row_count' })
  rowCount: number;

  /** Intervals new to the database. */
  @Column('integer')
  inserted: number;

  /** Intervals whose values this file corrected. */
  @Column('integer')
  updated: number;

  /** Intervals already stored with the same values. */
  @Column('integer')
  unchanged: number;

  @Column('timestamptz', { name: 'first_interval_start', nullable: true })
  firstIntervalStart: Date | null;

  @Column('timestamptz', { name: 'last_interval_start', nullable: true })
  lastIntervalStart: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
