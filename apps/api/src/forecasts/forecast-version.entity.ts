import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Backtest accuracy of a method for one answer group. */
export interface BacktestAccuracy {
  answerGroupId: string;
  /** Weighted absolute percentage error: sum |forecast - actual| / sum actual. */
  wape: number | null;
  /** Local dates the backtest forecast, inclusive. */
  from: string;
  to: string;
}

/**
 * One forecast of call volumes (a version: forecasts are never overwritten, so plans made on
 * an older one can be traced).
 */
@Entity('forecast_version')
export class ForecastVersion {
  @PrimaryGeneratedColumn()
  id: number;

  @Column('text')
  name: string;

  /** How the numbers were made, e.g. `seasonal-mean` or `import`. */
  @Column('text')
  method: string;

  @Column('smallint', { name: 'interval_minutes' })
  intervalMinutes: number;

  /** First and last local date covered, inclusive. */
  @Column('date', { name: 'first_day' })
  firstDay: string;

  @Column('date', { name: 'last_day' })
  lastDay: string;

  @Column('jsonb')
  accuracy: BacktestAccuracy[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
