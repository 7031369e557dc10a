import { MigrationInterface, QueryRunner } from 'typeorm';

/** The first schema: organisation, answer groups, history, import profiles, forecasts. */
export class InitialSchema1763900000000 implements MigrationInterface {
  name = 'InitialSchema1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE answer_group (
        id text PRIMARY KEY,
        name text NOT NULL,
        aht_seconds double precision NOT NULL CHECK (aht_seconds > 0),
        service_level_goal double precision NOT NULL CHECK (service_level_goal BETWEEN 0 AND 1),
        target_seconds integer NOT NULL CHECK (target_seconds >= 0),
        patience_seconds double precision CHECK (patience_seconds > 0),
        max_occupancy double precision CHECK (max_occupancy > 0 AND max_occupancy <= 1),
        default_shrinkage double precision NOT NULL DEFAULT 0.3
          CHECK (default_shrinkage >= 0 AND default_shrinkage < 1),
        opening_hours jsonb NOT NULL,
        special_days jsonb NOT NULL DEFAULT '[]',
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE answer_group_shrinkage (
        answer_group_id text NOT NULL REFERENCES answer_group(id) ON DELETE CASCADE,
        month smallint NOT NULL CHECK (month BETWEEN 1 AND 12),
        shrinkage double precision NOT NULL CHECK (shrinkage >= 0 AND shrinkage < 1),
        PRIMARY KEY (answer_group_id, month)
      );
      CREATE TABLE unit (
        id text PRIMARY KEY,
        name text NOT NULL,
        manager_name text
      );
      CREATE TABLE team (
        id text PRIMARY KEY,
        name text NOT NULL,
        unit_id text REFERENCES unit(id) ON DELETE SET NULL,
        manager_name text
      );
      CREATE TABLE agent (
        id text PRIMARY KEY,
        name text NOT NULL,
        team_id text REFERENCES team(id) ON DELETE SET NULL,
        contract_minutes_per_week integer NOT NULL CHECK (contract_minutes_per_week >= 0),
        employment_percent double precision NOT NULL
          CHECK (employment_percent >= 0 AND employment_percent <= 100),
        start_date date NOT NULL,
        end_date date CHECK (end_date >= start_date)
      );
      CREATE TABLE agent_skill (
        agent_id text NOT NULL REFERENCES agent(id) ON DELETE CASCADE,
        answer_group_id text NOT NULL REFERENCES answer_group(id) ON DELETE CASCADE,
        PRIMARY KEY (agent_id, answer_group_id)
      );
      CREATE INDEX agent_skill_answer_group ON agent_skill (answer_group_id);
      CREATE TABLE import_profile (
        id serial PRIMARY KEY,
        name text NOT NULL UNIQUE,
        source text NOT NULL,
        delimiter text NOT NULL,
        decimal_comma boolean NOT NULL,
        timestamp_format text NOT NULL,
        timezone text NOT NULL,
        columns jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE history_import (
        id serial PRIMARY KEY,
        file_name text NOT NULL,
        file_sha256 text NOT NULL,
        profile_id integer REFERENCES import_profile(id) ON DELETE SET NULL,
        interval_minutes smallint NOT NULL,
        row_count integer NOT NULL,
        inserted integer NOT NULL,
        updated integer NOT NULL,
        unchanged integer NOT NULL,
        first_interval_start timestamptz,
        last_interval_start timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      -- No foreign keys here: a million-row import would run two referential checks per row.
      -- The import validates answer groups first, and deleting a group deletes its history.
      CREATE TABLE history_interval (
        answer_group_id text NOT NULL,
        interval_start timestamptz NOT NULL,
        interval_minutes smallint NOT NULL,
        offered double precision NOT NULL,
        answered double precision,
        answered_within_target double precision,
        abandoned double precision,
        aht_seconds double precision,
        import_id integer NOT NULL,
        PRIMARY KEY (answer_group_id, interval_start)
      );
      CREATE TABLE forecast_version (
        id serial PRIMARY KEY,
        name text NOT NULL,
        method text NOT NULL,
        interval_minutes smallint NOT NULL,
        first_day date NOT NULL,
        last_day date NOT NULL,
        accuracy jsonb NOT NULL DEFAULT '[]',
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE forecast_interval (
        forecast_version_id integer NOT NULL REFERENCES forecast_version(id) ON DELETE CASCADE,
        answer_group_id text NOT NULL REFERENCES answer_group(id) ON DELETE CASCADE,
        interval_start timestamptz NOT NULL,
        calls double precision NOT NULL,
        aht_seconds double precision,
        PRIMARY KEY (forecast_version_id, answer_group_id, interval_start)
      );
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE forecast_interval; DROP TABLE forecast_version;
      DROP TABLE history_interval; DROP TABLE history_import; DROP TABLE import_profile;
      DROP TABLE agent_skill; DROP TABLE agent; DROP TABLE team; DROP TABLE unit;
      DROP TABLE answer_group_shrinkage; DROP TABLE answer_group;
    `);
  }
}
