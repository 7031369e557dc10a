import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Cases a written queue received on one local day, as imported from the e-mail system. */
@Entity('written_queue_day')
export class WrittenQueueDay {
  @PrimaryColumn('text', { name: 'written_queue_id' })
  writtenQueueId: string;

  /** Local date, `YYYY-MM-DD`. */
  @PrimaryColumn('date')
  date: string;

  @Column('double precision')
  cases: number;
}
