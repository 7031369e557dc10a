import { MigrationInterface, QueryRunner } from 'typeorm';

/** A job the planner stopped is `cancelled`: neither failed nor done. */
export class JobCancelled1764600000000 implements MigrationInterface {
  name = 'JobCancelled1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE job DROP CONSTRAINT job_status_check,
         ADD CONSTRAINT job_status_check
           CHECK (status IN ('queued', 'running', 'succeeded', 'failed', 'cancelled'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE job SET status = 'failed', error = 'Cancelled' WHERE status = 'cancelled'`,
    );
    await queryRunner.query(
      `ALTER TABLE job DROP CONSTRAINT job_status_check,
         ADD CONSTRAINT job_status_check
           CHECK (status IN ('queued', 'running', 'succeeded', 'failed'))`,
    );
  }
}
