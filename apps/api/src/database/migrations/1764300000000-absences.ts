import { MigrationInterface, QueryRunner } from 'typeorm';

/** Agents' absences in whole days; an agent's absences never overlap (checked by the API). */
export class Absences1764300000000 implements MigrationInterface {
  name = 'Absences1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE absence (
        id serial PRIMARY KEY,
        agent_id text NOT NULL REFERENCES agent(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN
          ('vacation', 'sick', 'childCare', 'parentalLeave', 'training', 'leave', 'other')),
        from_date date NOT NULL,
        to_date date NOT NULL,
        note text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (to_date >= from_date)
      )`);
    await queryRunner.query('CREATE INDEX absence_agent_dates ON absence (agent_id, from_date)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE absence');
  }
}
