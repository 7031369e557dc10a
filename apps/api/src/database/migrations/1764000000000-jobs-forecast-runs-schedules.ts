import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Background jobs, forecast runs of @bemanna/forecast (methods, accuracy table, prediction
 * intervals, adjustments) and schedule versions. Additive: existing columns and rows stay as
 * they were, so versions made before keep working.
 */
export class JobsForecastRunsSchedules1764000000000 implements MigrationInterface {
  name = 'JobsForecastRunsSchedules1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE job (
        id serial PRIMARY KEY,
        kind text NOT NULL,
        status text NOT NULL DEFAULT 'queued'
          CHECK (status IN ('queued', 'running', 'succeeded', 'failed')),
        progress double precision NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 1),
        message text,
        parameters jsonb NOT NULL DEFAULT '{}',
        result jsonb,
        error text,
        attempts integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      -- The worker's claim reads the oldest queued job; lists filter by kind, newest first.
      CREATE INDEX job_queued ON job (id) WHERE status = 'queued';
      CREATE INDEX job_kind ON job (kind, id DESC);

      ALTER TABLE forecast_version
        ADD COLUMN methods jsonb NOT NULL DEFAULT '{}',
        ADD COLUMN accuracy_details jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN prediction_level double precision,
        ADD COLUMN derived_from_id integer REFERENCES forecast_version(id) ON DELETE SET NULL,
        ADD COLUMN adjustments jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN job_id integer REFERENCES job(id) ON DELETE SET NULL;
      ALTER TABLE forecast_interval
        ADD COLUMN calls_low double precision,
        ADD COLUMN calls_high double precision;
      CREATE TABLE forecast_day (
        forecast_version_id integer NOT NULL REFERENCES forecast_version(id) ON DELETE CASCADE,
        answer_group_id text NOT NULL REFERENCES answer_group(id) ON DELETE CASCADE,
        date date NOT NULL,
        calls double precision NOT NULL,
        calls_low double precision,
        calls_high double precision,
        PRIMARY KEY (forecast_version_id, answer_group_id, date)
      );

      CREATE TABLE schedule_version (
        id serial PRIMARY KEY,
        name text NOT NULL,
        week_start date NOT NULL,
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'superseded')),
        forecast_version_id integer REFERENCES forecast_version(id) ON DELETE SET NULL,
        derived_from_id integer REFERENCES schedule_version(id) ON DELETE SET NULL,
        job_id integer REFERENCES job(id) ON DELETE SET NULL,
        scenario jsonb NOT NULL,
        schedule jsonb NOT NULL,
        report jsonb NOT NULL,
        bound double precision,
        gap double precision,
        service_level double precision NOT NULL,
        broken_rules integer NOT NULL DEFAULT 0,
        stats jsonb,
        note text,
        created_at timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz
      );
      CREATE INDEX schedule_version_week ON schedule_version (week_start, id DESC);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE schedule_version;
      DROP TABLE forecast_day;
      ALTER TABLE forecast_interval DROP COLUMN calls_low, DROP COLUMN calls_high;
      ALTER TABLE forecast_version DROP COLUMN methods, DROP COLUMN accuracy_details,
        DROP COLUMN prediction_level, DROP COLUMN derived_from_id, DROP COLUMN adjustments,
        DROP COLUMN job_id;
      DROP TABLE job;
    `);
  }
}
