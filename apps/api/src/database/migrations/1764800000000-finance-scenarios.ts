import { MigrationInterface, QueryRunner } from 'typeorm';

/** Finance's named scenarios of positions, cost and service against the budget. */
export class FinanceScenarios1764800000000 implements MigrationInterface {
  name = 'FinanceScenarios1764800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE finance_scenario (
        id serial PRIMARY KEY,
        name text NOT NULL UNIQUE,
        note text,
        scenario jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE finance_scenario');
  }
}
