import { MigrationInterface, QueryRunner } from 'typeorm';

/** Queues of written cases (e-mail, web forms), worked as backoffice in the schedule. */
export class WrittenQueues1765000000000 implements MigrationInterface {
  name = 'WrittenQueues1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE written_queue (
        id text PRIMARY KEY,
        name text NOT NULL,
        handle_minutes double precision NOT NULL CHECK (handle_minutes > 0),
        cases_per_weekday jsonb NOT NULL,
        working_days jsonb NOT NULL,
        answer_within_working_days integer NOT NULL CHECK (answer_within_working_days >= 0),
        answer_group_ids jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE written_queue');
  }
}
