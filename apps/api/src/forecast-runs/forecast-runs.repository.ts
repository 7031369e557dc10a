import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { numberArray, textArray } from '../history/history.repository';
import type { DayFactor, RecordedAdjustment } from './adjustment';
import type { ForecastTaskOutput, GroupAccuracy } from './forecast.task';

const BATCH_ROWS = 10_000;

/** The columns forecast runs added to forecast_version (see the 1764000000000 migration). */
export interface VersionExtras {
  methods: Record<string, string>;
  accuracyDetails: GroupAccuracy[];
  predictionLevel: number | null;
  derivedFromId: number | null;
  adjustments: RecordedAdjustment[];
  jobId: number | null;
}

export interface NewVersion {
  name: string;
  method: string;
  intervalMinutes: number;
  firstDay: string;
  lastDay: string;
  /** The original `accuracy` column: interval WAPE of the method used, per group. */
  accuracy: { answerGroupId: string; wape: number | null; from: string; to: string }[];
  extras: VersionExtras;
}

/** SQL for forecast runs: new versions with bounds and days, copies with adjustments, totals. */
@Injectable()
export class ForecastRunsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insertVersion(manager: EntityManager, version: NewVersion): Promise<number> {
    const [row] = (await manager.query(
      `INSERT INTO forecast_version (name, method, interval_minutes, first_day, last_day, accuracy,
         methods, accuracy_details, prediction_level, derived_from_id, adjustments, job_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
      [
        version.name,
        version.method,
        version.intervalMinutes,
        version.firstDay,
        version.lastDay,
        JSON.stringify(version.accuracy),
        JSON.stringify(version.extras.methods),
        JSON.stringify(version.extras.accuracyDetails),
        version.extras.predictionLevel,
        version.extras.derivedFromId,
        JSON.stringify(version.extras.adjustments),
        version.extras.jobId,
      ],
    )) as { id: number }[];
    return (row as { id: number }).id;
  }

  async insertForecast(
    manager: EntityManager,
    versionId: number,
    output: ForecastTaskOutput,
  ): Promise<void> {
    for (let from = 0; from < output.intervals.length; from += BATCH_ROWS) {
      const batch = output.intervals.slice(from, from + BATCH_ROWS);
      await manager.query(
        `INSERT INTO forecast_interval (forecast_version_id, answer_group_id, interval_start, calls,
           aht_seconds, calls_low, calls_high)
         SELECT $1, g, to_timestamp(s / 1000), c, a, l, h
         FROM unnest($2::text[], $3::float8[], $4::float8[], $5::float8[], $6::float8[], $7::float8[])
           AS t(g, s, c, a, l, h)`,
        [
          versionId,
          textArray(batch.map((row) => row.answerGroupId)),
          numberArray(batch.map((row) => row.startMs)),
          numberArray(batch.map((row) => row.calls)),
          numberArray(batch.map((row) => row.ahtSeconds)),
          numberArray(batch.map((row) => row.low)),
          numberArray(batch.map((row) => row.high)),
        ],
      );
    }
    await manager.query(
      `INSERT INTO forecast_day (forecast_version_id, answer_group_id, date, calls, calls_low, calls_high)
       SELECT $1, g, d::date, c, l, h
       FROM unnest($2::text[], $3::text[], $4::float8[], $5::float8[], $6::float8[]) AS t(g, d, c, l, h)`,
      [
        versionId,
        textArray(output.days.map((day) => day.answerGroupId)),
        textArray(output.days.map((day) => day.date)),
        numberArray(output.days.map((day) => day.calls)),
        numberArray(output.days.map((day) => day.low)),
        numberArray(output.days.map((day) => day.high)),
      ],
    );
  }

  /** Whether any of the groups has history in [fromMs, toMs). */
  async hasHistory(answerGroupIds: string[], fromMs: number, toMs: number): Promise<boolean> {
    const rows = (await this.dataSource.query(
      `SELECT 1 FROM history_interval
       WHERE answer_group_id = ANY($1) AND interval_start >= to_timestamp($2::float8 / 1000)
         AND interval_start < to_timestamp($3::float8 / 1000)
       LIMIT 1`,
      [answerGroupIds, fromMs, toMs],
    )) as unknown[];
    return rows.length > 0;
  }

  async findExtras(versionId: number): Promise<VersionExtras | undefined> {
    const [row] = (await this.dataSource.query(
      `SELECT methods, accuracy_details, prediction_level, derived_from_id, adjustments, job_id
       FROM forecast_version WHERE id = $1`,
      [versionId],
    )) as Record<string, unknown>[];
    if (!row) return undefined;
    return {
      methods: row.methods as Record<string, string>,
      accuracyDetails: row.accuracy_details as GroupAccuracy[],
      predictionLevel: row.prediction_level as number | null,
      derivedFromId: row.derived_from_id as number | null,
      adjustments: row.adjustments as RecordedAdjustment[],
      jobId: row.job_id as number | null,
    };
  }

  /**
   * Calls per local date of each version (one group, or all summed): what compare and
   * absolute adjustments work from. Summed from the intervals, so versions made before
   * forecast runs (seasonal mean, imports) compare too.
   */
  async dayTotals(
    versionIds: number[],
    answerGroupId: string | undefined,
    timeZone: string,
    range?: { from: string; to: string },
  ): Promise<{ versionId: number; date: string; calls: number }[]> {
    const rows = (await this.dataSource.query(
      `SELECT forecast_version_id AS version_id,
              to_char((interval_start AT TIME ZONE $2)::date, 'YYYY-MM-DD') AS date,
              sum(calls)::float8 AS calls
       FROM forecast_interval
       WHERE forecast_version_id = ANY($1) AND ($3::text IS NULL OR answer_group_id = $3)
         AND ($4::date IS NULL OR (interval_start AT TIME ZONE $2)::date BETWEEN $4::date AND $5::date)
       GROUP BY 1, 2 ORDER BY 2, 1`,
      [versionIds, timeZone, answerGroupId ?? null, range?.from ?? null, range?.to ?? null],
    )) as { version_id: number; date: string; calls: number }[];
    return rows.map((row) => ({ versionId: row.version_id, date: row.date, calls: row.calls }));
  }

  /**
   * Daily forecasts with prediction bounds, as forecast runs store them. Versions made
   * otherwise (seasonal mean, imported files, and adjustments of them) store no days: theirs
   * are summed from the intervals per local date, without bounds, so every version has a
   * daily view (the demo's forecast chart was empty by day).
   */
  async findDays(
    versionId: number,
    answerGroupId: string | undefined,
    timeZone: string,
    from: string | undefined,
    to: string | undefined,
  ): Promise<
    {
      answerGroupId: string;
      date: string;
      calls: number;
      low: number | null;
      high: number | null;
    }[]
  > {
    const rows = (await this.dataSource.query(
      `WITH stored AS (
         SELECT answer_group_id, date, calls, calls_low, calls_high
         FROM forecast_day
         WHERE forecast_version_id = $1 AND ($2::text IS NULL OR answer_group_id = $2)
       ), summed AS (
         SELECT answer_group_id, (interval_start AT TIME ZONE $5)::date AS date,
                sum(calls)::float8 AS calls, NULL::float8 AS calls_low, NULL::float8 AS calls_high
         FROM forecast_interval
         WHERE forecast_version_id = $1 AND ($2::text IS NULL OR answer_group_id = $2)
           AND NOT EXISTS (SELECT 1 FROM forecast_day WHERE forecast_version_id = $1)
         GROUP BY 1, 2
       )
       SELECT answer_group_id, to_char(date, 'YYYY-MM-DD') AS date, calls, calls_low, calls_high
       FROM (SELECT * FROM stored UNION ALL SELECT * FROM summed) AS days
       WHERE ($3::date IS NULL OR date >= $3::date) AND ($4::date IS NULL OR date <= $4::date)
       ORDER BY answer_group_id, date`,
      [versionId, answerGroupId ?? null, from ?? null, to ?? null, timeZone],
    )) as Record<string, unknown>[];
    return rows.map((row) => ({
      answerGroupId: row.answer_group_id as string,
      date: row.date as string,
      calls: row.calls as number,
      low: row.calls_low as number | null,
      high: row.calls_high as number | null,
    }));
  }

  async findIntervalBounds(
    versionId: number,
    answerGroupId: string,
    fromMs: number,
    toMs: number,
  ): Promise<
    {
      startMs: number;
      calls: number;
      low: number | null;
      high: number | null;
      ahtSeconds: number | null;
    }[]
  > {
    const rows = (await this.dataSource.query(
      `SELECT (extract(epoch FROM interval_start) * 1000)::float8 AS start_ms, calls, calls_low,
              calls_high, aht_seconds
       FROM forecast_interval
       WHERE forecast_version_id = $1 AND answer_group_id = $2
         AND interval_start >= to_timestamp($3::float8 / 1000) AND interval_start < to_timestamp($4::float8 / 1000)
       ORDER BY interval_start`,
      [versionId, answerGroupId, fromMs, toMs],
    )) as Record<string, unknown>[];
    return rows.map((row) => ({
      startMs: row.start_ms as number,
      calls: row.calls as number,
      low: row.calls_low as number | null,
      high: row.calls_high as number | null,
      ahtSeconds: row.aht_seconds as number | null,
    }));
  }

  /**
   * Copies every interval and day of `sourceId` into `targetId`, multiplying calls and their
   * bounds by the day's factor for one group on the adjusted dates (1 elsewhere).
   */
  async copyAdjusted(
    manager: EntityManager,
    sourceId: number,
    targetId: number,
    answerGroupId: string,
    factors: DayFactor[],
    timeZone: string,
  ): Promise<void> {
    const dates = textArray(factors.map((f) => f.date));
    const values = numberArray(factors.map((f) => f.factor));
    await manager.query(
      `WITH f AS (SELECT d::date AS date, x FROM unnest($4::text[], $5::float8[]) AS t(d, x))
       INSERT INTO forecast_interval (forecast_version_id, answer_group_id, interval_start, calls,
         aht_seconds, calls_low, calls_high)
       SELECT $2, i.answer_group_id, i.interval_start, i.calls * coalesce(f.x, 1), i.aht_seconds,
              i.calls_low * coalesce(f.x, 1), i.calls_high * coalesce(f.x, 1)
       FROM forecast_interval i
       LEFT JOIN f ON i.answer_group_id = $3 AND f.date = (i.interval_start AT TIME ZONE $6)::date
       WHERE i.forecast_version_id = $1`,
      [sourceId, targetId, answerGroupId, dates, values, timeZone],
    );
    await manager.query(
      `WITH f AS (SELECT d::date AS date, x FROM unnest($4::text[], $5::float8[]) AS t(d, x))
       INSERT INTO forecast_day (forecast_version_id, answer_group_id, date, calls, calls_low, calls_high)
       SELECT $2, fd.answer_group_id, fd.date, fd.calls * coalesce(f.x, 1),
              fd.calls_low * coalesce(f.x, 1), fd.calls_high * coalesce(f.x, 1)
       FROM forecast_day fd
       LEFT JOIN f ON fd.answer_group_id = $3 AND f.date = fd.date
       WHERE fd.forecast_version_id = $1`,
      [sourceId, targetId, answerGroupId, dates, values],
    );
  }
}
