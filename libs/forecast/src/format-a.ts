import { parseIsoWithOffset } from '@bemanna/calendar';
import { CsvError, parse } from 'csv-parse/sync';

/**
 * Format A (see ../shared/CONTRACT.md): interval history as an ACD exports it, one row per
 * answer group (svarsgrupp) and interval.
 */
export interface HistoryRow {
  /** 1-based line of the row in its file, for error messages. */
  line: number;
  /** As written: ISO 8601 local time with offset, e.g. `2025-03-30T03:00:00+02:00`. */
  intervalStart: string;
  /** The same instant as epoch milliseconds. */
  startMs: number;
  answerGroup: string;
  /** Calls offered in the interval, >= 0. */
  offered: number;
  answered?: number;
  answeredWithinTarget?: number;
  abandoned?: number;
  /** Average handle time of the answered calls (talk + wrap-up), seconds. */
  ahtSeconds?: number;
}

/** A row or header the format does not allow; `line` is 1-based, `field` the column at fault. */
export class FormatAError extends Error {
  override readonly name = 'FormatAError';
  constructor(
    readonly line: number,
    readonly field: string,
    readonly problem: string,
  ) {
    super(`line ${line}, field ${field}: ${problem}`);
  }
}

export interface ParsedHistory {
  rows: HistoryRow[];
  /** True when the file has an `aht_seconds` column (then a forecast carries one too). */
  hasAht: boolean;
}

const REQUIRED = ['interval_start', 'answer_group', 'offered'] as const;
const OPTIONAL_COUNTS = [
  ['answered', 'answered'],
  ['answered_within_target', 'answeredWithinTarget'],
  ['abandoned', 'abandoned'],
  ['aht_seconds', 'ahtSeconds'],
] as const;

/**
 * Parses format A with a real CSV parser (quoted fields, CRLF, BOM), validating every row.
 * Throws {@link FormatAError} at the first bad row, so nothing from a bad file is used.
 * Extra columns are ignored; empty optional cells are absent values. Cost: O(rows).
 */
export function parseFormatA(text: string): ParsedHistory {
  // Line numbers: csv-parse's `info` tracks them through quoted newlines but costs about a
  // third of the parse; a file without quotes has one record per line, so count them here.
  const quoted = text.includes('"');
  let records: string[][];
  let lines: number[];
  try {
    if (quoted) {
      const withInfo = parse(text, {
        bom: true,
        info: true,
        skip_empty_lines: true,
        relax_column_count: true,
      }) as unknown as { record: string[]; info: { lines: number } }[];
      records = withInfo.map((r) => r.record);
      // csv-parse reports the line a record ends on; a quoted newline moves it down.
      lines = withInfo.map(
        (r) => r.info.lines - r.record.reduce((n, cell) => n + (cell.split('\n').length - 1), 0),
      );
    } else {
      const plain = parse(text, { bom: true, relax_column_count: true }) as string[][];
      records = [];
      lines = [];
      for (let i = 0; i < plain.length; i++) {
        const record = plain[i] as string[];
        if (record.length === 1 && record[0] === '') continue;
        records.push(record);
        lines.push(i + 1);
      }
    }
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines ?? 1;
      throw new FormatAError(line, '(csv)', error.message);
    }
    throw error;
  }
  const header = records[0];
  if (!header) {
    throw new FormatAError(1, 'interval_start', 'the file is empty; a header is required');
  }
  const names = header.map((name) => name.trim());
  const column = (name: string) => names.indexOf(name);
  for (const name of REQUIRED) {
    if (column(name) < 0) {
      throw new FormatAError(lines[0] as number, name, `missing required column "${name}"`);
    }
  }
  const startCol = column('interval_start');
  const groupCol = column('answer_group');
  const offeredCol = column('offered');
  const optional = OPTIONAL_COUNTS.map(([name, key]) => [column(name), name, key] as const).filter(
    ([index]) => index >= 0,
  );

  const rows: HistoryRow[] = new Array(records.length - 1);
  for (let i = 1; i < records.length; i++) {
    const record = records[i] as string[];
    const line = lines[i] as number;
    const intervalStart = cellOf(record, startCol);
    const startMs = parseIsoWithOffset(intervalStart);
    if (startMs === undefined) {
      throw new FormatAError(
        line,
        'interval_start',
        `"${intervalStart}" is not ISO 8601 local time with offset (e.g. 2025-03-30T03:00:00+02:00)`,
      );
    }
    const answerGroup = cellOf(record, groupCol);
    if (answerGroup === '') throw new FormatAError(line, 'answer_group', 'is empty');
    const row: HistoryRow = {
      line,
      intervalStart,
      startMs,
      answerGroup,
      offered: nonNegative(cellOf(record, offeredCol), line, 'offered', true) as number,
    };
    for (const [index, name, key] of optional) {
      const value = nonNegative(cellOf(record, index), line, name, false);
      if (value !== undefined) row[key] = value;
    }
    rows[i - 1] = row;
  }
  return { rows, hasAht: column('aht_seconds') >= 0 };
}

function cellOf(record: readonly string[], index: number): string {
  const cell = record[index];
  if (cell === undefined) return '';
  // Most cells have no padding; trim() would copy every one of them.
  const last = cell.length - 1;
  return last >= 0 && (cell.charCodeAt(0) <= 32 || cell.charCodeAt(last) <= 32)
    ? cell.trim()
    : cell;
}

function nonNegative(
  text: string,
  line: number,
  field: string,
  required: boolean,
): number | undefined {
  if (text === '') {
    if (required) throw new FormatAError(line, field, 'is empty; a number >= 0 is required');
    return undefined;
  }
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0) {
    throw new FormatAError(line, field, `"${text}" is not a number >= 0`);
  }
  return value;
}

/** One output row of format A. */
export interface FormatARow {
  intervalStart: string;
  answerGroup: string;
  offered: number;
  ahtSeconds?: number;
}

/**
 * Writes rows as format A: `interval_start,answer_group,offered[,aht_seconds]`. Offered calls
 * keep four decimals (a forecast is fractional); answer groups are quoted when CSV needs it.
 */
export function formatFormatA(rows: readonly FormatARow[], withAht: boolean): string {
  const lines = [
    withAht
      ? 'interval_start,answer_group,offered,aht_seconds'
      : 'interval_start,answer_group,offered',
  ];
  for (const row of rows) {
    const offered = round(row.offered, 4);
    const base = `${row.intervalStart},${csvCell(row.answerGroup)},${offered}`;
    lines.push(
      withAht ? `${base},${row.ahtSeconds === undefined ? '' : round(row.ahtSeconds, 1)}` : base,
    );
  }
  return `${lines.join('\n')}\n`;
}

function round(value: number, decimals: number): string {
  const factor = 10 ** decimals;
  // Number() drops trailing zeros; `+ 0` turns -0 into 0.
  return String(Math.round(value * factor) / factor + 0);
}

function csvCell(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
