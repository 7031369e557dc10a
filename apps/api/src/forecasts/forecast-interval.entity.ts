import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Forecast calls of one answer group in one interval of a forecast version. */
@Entity('forecast_interval')
export class ForecastInterval {
  @PrimaryColumn('integer', { name: 'forecast_version_id' })
  forecastVersionId: number;

  @PrimaryColumn('text', { name: 'answer_group_id' })
  answerGroupId: string;

  @PrimaryColumn('timestamptz', { name: 'interval_start' })
  intervalStart: Date;

  /** Offered calls; fractional, since a forecast is an expectation. */
  @Column('double precision')
  calls: number;

  /** Forecast handle time; the group's planned AHT applies when null. */
  @Column('double precision', { name: 'aht_seconds', nullable: true })
  ahtSeconds: number | null;
}
