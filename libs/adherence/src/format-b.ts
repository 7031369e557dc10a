import { parseIsoWithOffset } from '@bemanna/calendar';
import { CsvError, parse } from 'csv-parse/sync';
import { AGENT_STATES, type AgentState, type AgentStateEvent } from './agent-states';

/**
 * What can be wrong in a format B file, as a key and values, with an English sentence for each
 * key (`{name}` stands for that value). The keys shared with interval history (format A) mean
 * the same, so the web app words both files' errors from one set of texts.
 */
export const STATE_FILE_ERROR_TEXTS = {
  csv: '{reason}',
  emptyFile: 'the file is empty; a header row is required',
  missingColumn: 'missing column "{column}" ({what})',
  noRows: 'the file has a header but no rows',
  emptyAgent: 'is empty; every row names its agent',
  unknownAgent: 'unknown agent "{value}" (agents are known by their id, e.g. {example})',
  unknownState: '"{value}" is not a state; states are {states}',
  notIsoTime: '"{value}" is not ISO 8601 with offset (e.g. 2025-03-30T03:00:00+02:00)',
  endNotAfterStart: 'ends at or before its start ({start})',
  overlapsLine: "overlaps the same agent's state on line {line}",
} as const;

export type StateFileErrorKey = keyof typeof STATE_FILE_ERROR_TEXTS;

/** A problem with one row (line 1 is the header), or with the whole file when line is null. */
export interface StateFileError {
  line: number | null;
  field: string;
  message: string;
  detail: { key: StateFileErrorKey; values?: Record<string, string | number> };
}

/** A state event and the line it came from. */
export interface StateRow extends AgentStateEvent {
  line: number;
}

export interface ParsedStateFile {
  /** Every row, in file order; empty when any row is bad. */
  rows: StateRow[];
  errors: StateFileError[];
  /** All errors, when more were found than `errors` lists. */
  errorCount: number;
}

export interface StateFileOptions {
  /** The agents the file may name; any agent when omitted. */
  agentIds?: ReadonlySet<string>;
  /** At most this many errors are listed (default 100); the count covers them all. */
  maxErrors?: number;
}

const COLUMNS = [
  ['agent_id', 'agent'],
  ['state', 'state'],
  ['start', 'start time'],
  ['end', 'end time'],
] as const;

/**
 * Reads format B (`agent_id,state,start,end[,reason]`), validating every row: a known agent, one
 * of the five states, times in ISO 8601 with offset, an end after the start, and no two spans
 * of one agent overlapping (an agent is in one state at a time). Rows are returned only when
 * the whole file is valid. Cost: O(rows log rows).
 */
export function parseStateFile(text: string, options: StateFileOptions = {}): ParsedStateFile {
  const maxErrors = options.maxErrors ?? 100;
  const errors: StateFileError[] = [];
  let errorCount = 0;
  const fail = (
    line: number | null,
    field: string,
    key: StateFileErrorKey,
    values?: Record<string, string | number>,
  ) => {
    errorCount++;
    if (errors.length >= maxErrors) return;
    const message = STATE_FILE_ERROR_TEXTS[key].replace(/\{(\w+)\}/g, (_, name: string) =>
      String(values?.[name] ?? `{${name}}`),
    );
    errors.push({ line, field, message, detail: values ? { key, values } : { key } });
  };
  const done = (rows: StateRow[]) => ({ rows: errorCount > 0 ? [] : rows, errors, errorCount });

  let records: { line: number; cells: string[] }[];
  try {
    records = readRecords(text);
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    fail((error as CsvError & { lines?: number }).lines ?? null, '(csv)', 'csv', {
      reason: error.message,
    });
    return done([]);
  }
  const header = records[0]?.cells.map((name) => name.trim().toLowerCase());
  if (!header) {
    fail(1, '(header)', 'emptyFile');
    return done([]);
  }
  const [agentColumn, stateColumn, startColumn, endColumn] = COLUMNS.map(([column, what]) => {
    const index = header.indexOf(column);
    if (index < 0) fail(1, column, 'missingColumn', { column, what });
    return index;
  }) as [number, number, number, number];
  const reasonColumn = header.indexOf('reason');
  if (errorCount > 0) return done([]);
  if (records.length === 1) {
    fail(null, '(file)', 'noRows');
    return done([]);
  }

  const example = options.agentIds?.values().next().value;
  const rows: StateRow[] = [];
  for (const { line, cells } of records.slice(1)) {
    const cell = (column: number) => (column < 0 ? '' : (cells[column] ?? '').trim());
    let valid = true;
    const agentId = cell(agentColumn);
    if (agentId === '') {
      fail(line, 'agent_id', 'emptyAgent');
      valid = false;
    } else if (options.agentIds && !options.agentIds.has(agentId)) {
      fail(line, 'agent_id', 'unknownAgent', { value: agentId, example: example ?? 'none yet' });
      valid = false;
    }
    const state = cell(stateColumn).toLowerCase();
    if (!(AGENT_STATES as readonly string[]).includes(state)) {
      fail(line, 'state', 'unknownState', {
        value: cell(stateColumn),
        states: AGENT_STATES.join(', '),
      });
      valid = false;
    }
    const [startMs, endMs] = (['start', 'end'] as const).map((field, index) => {
      const value = cell(index === 0 ? startColumn : endColumn);
      const instant = parseIsoWithOffset(value);
      if (instant === undefined) {
        fail(line, field, 'notIsoTime', { value });
        valid = false;
      }
      return instant;
    });
    if (startMs !== undefined && endMs !== undefined && endMs <= startMs) {
      fail(line, 'end', 'endNotAfterStart', { start: cell(startColumn) });
      valid = false;
    }
    const reason = cell(reasonColumn).toLowerCase();
    if (valid) {
      rows.push({
        line,
        agentId,
        state: state as AgentState,
        reason: reason === '' ? null : reason,
        startMs: startMs as number,
        endMs: endMs as number,
      });
    }
  }

  const byAgentInTime = [...rows].sort(
    (a, b) => a.agentId.localeCompare(b.agentId) || a.startMs - b.startMs || a.line - b.line,
  );
  for (let index = 1; index < byAgentInTime.length; index++) {
    const before = byAgentInTime[index - 1] as StateRow;
    const row = byAgentInTime[index] as StateRow;
    if (row.agentId === before.agentId && row.startMs < before.endMs) {
      const [first, second] = before.line < row.line ? [before, row] : [row, before];
      fail(second.line, 'start', 'overlapsLine', { line: first.line });
    }
  }
  return done(rows);
}

/** Records with their 1-based first line; quoted cells may hold commas and line breaks. */
function readRecords(text: string): { line: number; cells: string[] }[] {
  const parsed = parse(text, {
    bom: true,
    skip_empty_lines: true,
    relax_column_count: true,
    info: true,
  }) as unknown as { info: { lines: number }; record: string[] }[];
  return parsed.map(({ info, record }) => ({
    cells: record,
    line: info.lines - record.reduce((n, cell) => n + cell.split('\n').length - 1, 0),
  }));
}
