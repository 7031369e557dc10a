import { MigrationInterface, QueryRunner } from 'typeorm';

/** Agents' telephony states (format B) and the log of their imports, for adherence. */
export class AgentStates1764700000000 implements MigrationInterface {
  name = 'AgentStates1764700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE agent_state_import (
        id serial PRIMARY KEY,
        file_name text NOT NULL,
        file_sha256 text NOT NULL,
        row_count integer NOT NULL,
        agents_changed integer NOT NULL,
        agents_unchanged integer NOT NULL,
        covered_from timestamptz NOT NULL,
        covered_to timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (covered_to > covered_from)
      )`);
    await queryRunner.query(`
      CREATE TABLE agent_state (
        id serial PRIMARY KEY,
        agent_id text NOT NULL REFERENCES agent(id) ON DELETE CASCADE,
        state text NOT NULL CHECK (state IN ('ready', 'talking', 'wrap_up', 'not_ready', 'logged_out')),
        reason text,
        start_at timestamptz NOT NULL,
        end_at timestamptz NOT NULL,
        import_id integer NOT NULL REFERENCES agent_state_import(id),
        CHECK (end_at > start_at)
      )`);
    await queryRunner.query(
      'CREATE INDEX agent_state_agent_start ON agent_state (agent_id, start_at)',
    );
    await queryRunner.query('CREATE INDEX agent_state_start ON agent_state (start_at)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE agent_state');
    await queryRunner.query('DROP TABLE agent_state_import');
  }
}
