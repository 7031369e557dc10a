/**
 * The forecast run's CPU work, as a function of plain data so it can run in a worker thread
 * (see jobs/cpu-task.ts). Imports only the libraries: no Nest, no database.
 */
import {
  type ForecastResult,
  forecast,
  type HistoryRow,
  type MethodAccuracy,
  type MethodName,
} from '@bemanna/forecast';
import { formatZonedIso } from '../history/zoned-time';
import type { CpuTask, ReportProgress } from '../jobs/cpu-task';

/** History by column: typed arrays cross to a worker thread without copying. */
export interface ColumnarHistory {
  answerGroupIds: string[];
  /** Index into answerGroupIds per row. */
  group: Uint16Array;
  startMs: Float64Array;
  offered: Float64Array;
  /** NaN where unknown. */
  answered: Float64Array;
  ahtSeconds: Float64Array;
}

export interface ForecastTaskInput {
  history: ColumnarHistory;
  from: string;
  days: number;
  method: MethodName | 'auto';
  timeZone: string;
  country: string;
  backtestOrigins: number;
  predictionLevel: number;
  excludeDates: string[];
  openDates: string[];
}

/** A number the database can store as JSON: NaN (nothing to measure) becomes null. */
export type Measured = number | null;

export interface AccuracyFigures {
  wape: Measured;
  mape: Measured;
  bias: Measured;
  count: number;
}

/** One row of the accuracy table: a group, a method, at interval and daily level. */
export interface MethodAccuracyRow {
  method: string;
  interval: AccuracyFigures;
  daily: AccuracyFigures;
}

export interface GroupAccuracy {
  answerGroupId: string;
  /** The method used for this group's forecast. */
  method: string;
  chosenBy: 'backtest' | 'requested' | 'fallback';
  backtestOrigins: string[];
  backtestHorizonDays: number;
  /** Every method backtested, best first when chosen by backtest. */
  methods: MethodAccuracyRow[];
  excludedDates: string[];
}

export interface ForecastTaskOutput {
  intervalMinutes: number;
  predictionLevel: number;
  intervals: {
    answerGroupId: string;
    startMs: number;
    calls: number;
    low: number;
    high: number;
    ahtSeconds: number | null;
  }[];
  days: { answerGroupId: string; date: string; calls: number; low: number; high: number }[];
  accuracy: GroupAccuracy[];
}

function measured(value: number): Measured {
  return Number.isFinite(value) ? value : null;
}

function figures(accuracy: MethodAccuracy['interval']): AccuracyFigures {
  return {
    wape: measured(accuracy.wape),
    mape: measured(accuracy.mape),
    bias: measured(accuracy.bias),
    count: accuracy.count,
  };
}

/**
 * Format-A history rows from the columns, each with its local time and offset written as
 * format A writes it (done here, in the worker thread, not on the API's event loop); `line`
 * numbers the rows as a file would.
 */
export function historyRows(history: ColumnarHistory, timeZone: string): HistoryRow[] {
  const rows: HistoryRow[] = new Array(history.startMs.length);
  for (let i = 0; i < history.startMs.length; i++) {
    const row: HistoryRow = {
      line: i + 2,
      intervalStart: formatZonedIso(history.startMs[i] as number, timeZone),
      startMs: history.startMs[i] as number,
      answerGroup: history.answerGroupIds[history.group[i] as number] as string,
      offered: history.offered[i] as number,
    };
    const answered = history.answered[i] as number;
    if (!Number.isNaN(answered)) row.answered = answered;
    const aht = history.ahtSeconds[i] as number;
    if (!Number.isNaN(aht)) row.ahtSeconds = aht;
    rows[i] = row;
  }
  return rows;
}

/** The stored shape of a library forecast: intervals, days and the accuracy table. */
export function toTaskOutput(result: ForecastResult, predictionLevel: number): ForecastTaskOutput {
  return {
    intervalMinutes: result.intervalMinutes,
    predictionLevel,
    intervals: result.rows.map((row) => ({
      answerGroupId: row.answerGroup,
      startMs: row.startMs,
      calls: row.offered,
      low: row.offeredLow,
      high: row.offeredHigh,
      ahtSeconds: row.ahtSeconds ?? null,
    })),
    days: result.daily.map((day) => ({
      answerGroupId: day.answerGroup,
      date: day.date,
      calls: day.offered,
      low: day.offeredLow,
      high: day.offeredHigh,
    })),
    accuracy: Object.entries(result.perGroup).map(([answerGroupId, report]) => ({
      answerGroupId,
      method: report.method,
      chosenBy: report.chosenBy,
      backtestOrigins: report.backtestOrigins,
      backtestHorizonDays: report.backtestHorizonDays,
      methods: report.accuracy.map((row) => ({
        method: row.method,
        interval: figures(row.interval),
        daily: figures(row.daily),
      })),
      excludedDates: report.excludedDates,
    })),
  };
}

/** Fits, backtests and forecasts every group in the history (one library call). */
export function runForecastTask(
  input: ForecastTaskInput,
  progress: ReportProgress,
): ForecastTaskOutput {
  const groups = input.history.answerGroupIds.length;
  progress(0.3, {
    key: 'forecastFitting',
    values: { count: groups },
    message: `Fitting and backtesting ${groups} answer group${groups === 1 ? '' : 's'}`,
  });
  const result = forecast({
    history: historyRows(input.history, input.timeZone),
    from: input.from,
    days: input.days,
    method: input.method,
    timeZone: input.timeZone,
    country: input.country,
    backtestOrigins: input.backtestOrigins,
    predictionLevel: input.predictionLevel,
    excludeDates: input.excludeDates,
    openDates: input.openDates,
  });
  progress(0.8, { key: 'forecastStoring', message: 'Forecast done; storing it' });
  return toTaskOutput(result, input.predictionLevel);
}

export const FORECAST_TASK: CpuTask<ForecastTaskInput, ForecastTaskOutput> = {
  file: __filename,
  exportName: 'runForecastTask',
  run: runForecastTask,
};
