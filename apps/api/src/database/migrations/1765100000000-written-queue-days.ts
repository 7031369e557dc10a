import { MigrationInterface, QueryRunner } from 'typeorm';

/** Cases a written queue received per local day, imported, for its volume forecast. */
export class WrittenQueueDays1765100000000 implements MigrationInterface {
  name = 'WrittenQueueDays1765100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE written_queue_day (
        written_queue_id text NOT NULL REFERENCES written_queue (id) ON DELETE CASCADE,
        date date NOT NULL,
        cases double precision NOT NULL CHECK (cases >= 0),
        PRIMARY KEY (written_queue_id, date)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE written_queue_day');
  }
}
