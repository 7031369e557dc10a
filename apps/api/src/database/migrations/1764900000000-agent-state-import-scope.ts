import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A state file may speak for the agents in it only (a correction), not for every agent: those
 * agents are listed, and null keeps the file's word for everyone.
 */
export class AgentStateImportScope1764900000000 implements MigrationInterface {
  name = 'AgentStateImportScope1764900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE agent_state_import ADD COLUMN agent_ids text[]');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE agent_state_import DROP COLUMN agent_ids');
  }
}
