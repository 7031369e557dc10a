import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { ForecastPoint } from './seasonal-mean';

const BATCH_ROWS = 10_000;

/** SQL for forecast intervals: bulk insert and range reads. */
@Injectable()
export class ForecastsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insertIntervals(
    manager: EntityManager,
    versionId: number,
    points: ForecastPoint[],
  ): Promise<void> {
    for (let from = 0; from < points.length; from += BATCH_ROWS) {
      const batch = points.slice(from, from + BATCH_ROWS);
      await manager.query(
        `INSERT INTO forecast_interval (forecast_version_id, answer_group_id, interval_start, calls, aht_seconds)
         SELECT $1, answer_group_id, to_timestamp(start_ms / 1000), calls, aht_seconds
         FROM unnest($2::text[], $3::float8[], $4::float8[], $5::float8[])
           AS t(answer_group_id, start_ms, calls, aht_seconds)`,
        [
          versionId,
          batch.map((point) => point.answerGroupId),
          batch.map((point) => point.startMs),
          batch.map((point) => point.calls),
          batch.map((point) => point.ahtSeconds),
        ],
      );
    }
  }

  /** Forecast intervals of a version for the groups in [fromMs, toMs), by group and time. */
  async findIntervals(
    versionId: number,
    answerGroupIds: string[],
    fromMs: number,
    toMs: number,
  ): Promise<ForecastPoint[]> {
    const rows = (await this.dataSource.query(
      `SELECT answer_group_id, (extract(epoch FROM interval_start) * 1000)::float8 AS start_ms, calls, aht_seconds
       FROM forecast_interval
       WHERE forecast_version_id = $1 AND answer_group_id = ANY($2)
         AND interval_start >= to_timestamp($3::float8 / 1000) AND interval_start < to_timestamp($4::float8 / 1000)
       ORDER BY answer_group_id, interval_start`,
      [versionId, answerGroupIds, fromMs, toMs],
    )) as {
      answer_group_id: string;
      start_ms: number;
      calls: number;
      aht_seconds: number | null;
    }[];
    return rows.map((row) => ({
      answerGroupId: row.answer_group_id,
      startMs: row.start_ms,
      calls: row.calls,
      ahtSeconds: row.aht_seconds,
    }));
  }
}
