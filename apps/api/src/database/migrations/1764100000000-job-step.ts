import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A job's step as a key with values beside its English message, so that the web app can show
 * progress in the user's language. Additive: jobs stored before have no step.
 */
export class JobStep1764100000000 implements MigrationInterface {
  name = 'JobStep1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE job ADD COLUMN step jsonb');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE job DROP COLUMN step');
  }
}
