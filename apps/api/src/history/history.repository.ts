import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { ParsedInterval } from './history-csv';

/** Rows per statement: large enough to amortise round trips, small enough to stay light. */
const BATCH_ROWS = 10_000;

const UPSERT_SQL = `WITH incoming AS (
    SELECT * FROM unnest($1::text[], $2::float8[], $3::float8[], $4::float8[], $5::float8[],
                         $6::float8[], $7::float8[])
      AS t(answer_group_id, start_ms, offered, answered, answered_within_target, abandoned, aht_seconds)
  ), written AS (
    INSERT INTO history_interval AS h (answer_group_id, interval_start, interval_minutes, offered,
      answered, answered_within_target, abandoned, aht_seconds, import_id)
    SELECT answer_group_id, to_timestamp(start_ms / 1000), $8, offered, answered,
      answered_within_target, abandoned, aht_seconds, $9
    FROM incoming
    ON CONFLICT (answer_group_id, interval_start) DO UPDATE SET
      interval_minutes = excluded.interval_minutes, offered = excluded.offered,
      answered = excluded.answered, answered_within_target = excluded.answered_within_target,
      abandoned = excluded.abandoned, aht_seconds = excluded.aht_seconds, import_id = excluded.import_id
    WHERE (h.interval_minutes, h.offered, h.answered, h.answered_within_target, h.abandoned, h.aht_seconds)
      IS DISTINCT FROM (excluded.interval_minutes, excluded.offered, excluded.answered,
        excluded.answered_within_target, excluded.abandoned, excluded.aht_seconds)
    RETURNING (xmax = 0) AS inserted
  )
  SELECT count(*) FILTER (WHERE inserted)::int AS inserted,
         count(*) FILTER (WHERE NOT inserted)::int AS updated
  FROM written`;

export interface UpsertCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

export interface StoredInterval {
  answerGroupId: string;
  startMs: number;
  intervalMinutes: number;
  offered: number;
  answered: number | null;
  answeredWithinTarget: number | null;
  abandoned: number | null;
  ahtSeconds: number | null;
}

/**
 * PostgreSQL array literals written directly: `pg` would escape every element one by one,
 * which costs seconds on a million rows.
 */
export function numberArray(values: (number | null)[]): string {
  return `{${values.map((value) => (value === null ? 'NULL' : value)).join(',')}}`;
}

export function textArray(values: string[]): string {
  return `{${values.map((value) => `"${value.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
}

/** SQL for interval history; the service decides what to store, this stores it fast. */
@Injectable()
export class HistoryRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Inserts new intervals and corrects changed ones, in multi-row statements (one array
   * parameter per column, unnested by PostgreSQL). Rows whose values are already stored are
   * left untouched, so importing a file twice changes nothing. Runs in the caller's
   * transaction.
   */
  async upsert(
    manager: EntityManager,
    rows: ParsedInterval[],
    intervalMinutes: number,
    importId: number,
  ): Promise<UpsertCounts> {
    const counts: UpsertCounts = { inserted: 0, updated: 0, unchanged: 0 };
    const add = (batchRows: number, [result]: { inserted: number; updated: number }[]) => {
      const inserted = result?.inserted ?? 0;
      const updated = result?.updated ?? 0;
      counts.inserted += inserted;
      counts.updated += updated;
      counts.unchanged += batchRows - inserted - updated;
    };
    // One statement in flight while the next batch's parameters are built: the database
    // (PGlite's worker thread, or the server) works while this thread prepares.
    let inFlight: Promise<void> | undefined;
    for (let from = 0; from < rows.length; from += BATCH_ROWS) {
      const batch = rows.slice(from, from + BATCH_ROWS);
      const parameters = [
        textArray(batch.map((row) => row.answerGroupId)),
        numberArray(batch.map((row) => row.startMs)),
        numberArray(batch.map((row) => row.offered)),
        numberArray(batch.map((row) => row.answered)),
        numberArray(batch.map((row) => row.answeredWithinTarget)),
        numberArray(batch.map((row) => row.abandoned)),
        numberArray(batch.map((row) => row.ahtSeconds)),
        intervalMinutes,
        importId,
      ];
      await inFlight;
      inFlight = manager.query(UPSERT_SQL, parameters).then((result) => add(batch.length, result));
    }
    await inFlight;
    return counts;
  }

  /** Stored intervals of the groups in [fromMs, toMs), ordered by group and time. */
  async find(answerGroupIds: string[], fromMs: number, toMs: number): Promise<StoredInterval[]> {
    const rows = (await this.dataSource.query(
      `SELECT answer_group_id, (extract(epoch FROM interval_start) * 1000)::float8 AS start_ms,
              interval_minutes, offered, answered, answered_within_target, abandoned, aht_seconds
       FROM history_interval
       WHERE answer_group_id = ANY($1) AND interval_start >= to_timestamp($2::float8 / 1000)
         AND interval_start < to_timestamp($3::float8 / 1000)
       ORDER BY answer_group_id, interval_start`,
      [answerGroupIds, fromMs, toMs],
    )) as Record<string, unknown>[];
    return rows.map((row) => ({
      answerGroupId: row.answer_group_id as string,
      startMs: row.start_ms as number,
      intervalMinutes: row.interval_minutes as number,
      offered: row.offered as number,
      answered: row.answered as number | null,
      answeredWithinTarget: row.answered_within_target as number | null,
      abandoned: row.abandoned as number | null,
      ahtSeconds: row.aht_seconds as number | null,
    }));
  }
}
