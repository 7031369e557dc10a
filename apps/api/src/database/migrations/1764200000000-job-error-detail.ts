import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A failed job's reason as a key with values beside its English error, so that the web app can
 * say why in the user's language. Additive: jobs failed before have none.
 */
export class JobErrorDetail1764200000000 implements MigrationInterface {
  name = 'JobErrorDetail1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE job ADD COLUMN error_detail jsonb');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE job DROP COLUMN error_detail');
  }
}
