import { MigrationInterface, QueryRunner } from 'typeorm';

/** The centre's working-time rules, where the planner changed the defaults: one row. */
export class ScheduleRules1764500000000 implements MigrationInterface {
  name = 'ScheduleRules1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE schedule_rules (
        id integer PRIMARY KEY CHECK (id = 1),
        overrides jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE schedule_rules');
  }
}
