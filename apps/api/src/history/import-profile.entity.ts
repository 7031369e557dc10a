import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Column names of a mapped layout; either `intervalStart`, or `date` and `time`. */
export interface ImportColumns {
  intervalStart?: string;
  date?: string;
  time?: string;
  answerGroup: string;
  offered: string;
  answered?: string;
  answeredWithinTarget?: string;
  abandoned?: string;
  ahtSeconds?: string;
}

/**
 * How one source's export looks (CallGuide, Artvise, Telia ACE, Genesys, Puzzel, ...), saved
 * so that the next import from that source is one click.
 */
@Entity('import_profile')
export class ImportProfile {
  @PrimaryGeneratedColumn()
  id: number;

  @Column('text', { unique: true })
  name: string;

  /** The system that wrote the file, for people choosing a profile. */
  @Column('text')
  source: string;

  @Column('text')
  delimiter: string;

  /** Numbers written `12,5` rather than `12.5`. */
  @Column('boolean', { name: 'decimal_comma' })
  decimalComma: boolean;

  /**
   * Pattern of the timestamp (or of the date and time columns joined by a space), from the
   * tokens YYYY MM DD HH mm ss, e.g. `YYYY-MM-DD HH:mm` or `DD.MM.YYYY HH:mm`. Values with
   * an ISO 8601 offset are always accepted as well.
   */
  @Column('text', { name: 'timestamp_format' })
  timestampFormat: string;

  /** IANA zone of local times written without an offset. */
  @Column('text')
  timezone: string;

  @Column('jsonb')
  columns: ImportColumns;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
