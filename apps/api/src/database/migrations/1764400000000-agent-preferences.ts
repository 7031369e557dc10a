import { MigrationInterface, QueryRunner } from 'typeorm';

/** What an agent would like of the schedule (days off, early or late shifts), when known. */
export class AgentPreferences1764400000000 implements MigrationInterface {
  name = 'AgentPreferences1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE agent ADD COLUMN preferences jsonb');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE agent DROP COLUMN preferences');
  }
}
