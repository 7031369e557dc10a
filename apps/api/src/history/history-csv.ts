import { CsvError, parse } from 'csv-parse/sync';
import { type ImportErrorKey, type RowError, rowError } from './import-errors';
import type { ImportColumns } from './import-profile.entity';
import { instantsOfLocalTime } from './zoned-time';

/** How to read a file: format A, or a saved profile's mapped layout. */
export interface CsvLayout {
  delimiter: string;
  decimalComma: boolean;
  /**
   * Pattern of local timestamps without offset (tokens YYYY MM DD HH mm ss), or null when
   * every timestamp must carry its offset, as format A requires.
   */
  timestampFormat: string | null;
  /** Zone of local timestamps without offset. */
  timezone: string;
  columns: ImportColumns;
}

/** Format A of ../shared/CONTRACT.md. */
export const FORMAT_A: CsvLayout = {
  delimiter: ',',
  decimalComma: false,
  timestampFormat: null,
  timezone: 'UTC',
  columns: {
    intervalStart: 'interval_start',
    answerGroup: 'answer_group',
    offered: 'offered',
    answered: 'answered',
    answeredWithinTarget: 'answered_within_target',
    abandoned: 'abandoned',
    ahtSeconds: 'aht_seconds',
  },
};

export interface ParsedInterval {
  line: number;
  answerGroupId: string;
  startMs: number;
  /** Wall-clock minutes since local midnight, to check the interval grid. */
  localMinuteOfDay: number;
  offered: number;
  answered: number | null;
  answeredWithinTarget: number | null;
  abandoned: number | null;
  ahtSeconds: number | null;
}

export interface ParsedCsv {
  rows: ParsedInterval[];
  errors: RowError[];
  /** All errors, when more were found than `errors` lists. */
  errorCount: number;
}

type Measure = 'offered' | 'answered' | 'answeredWithinTarget' | 'abandoned' | 'ahtSeconds';
const MEASURES: Measure[] = [
  'offered',
  'answered',
  'answeredWithinTarget',
  'abandoned',
  'ahtSeconds',
];

const ISO_WITH_OFFSET =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;
const TOKENS: Record<string, string> = {
  YYYY: '(\\d{4})',
  MM: '(\\d{1,2})',
  DD: '(\\d{1,2})',
  HH: '(\\d{1,2})',
  mm: '(\\d{2})',
  ss: '(\\d{2})',
};

interface Wall {
  wallMs: number;
  minuteOfDay: number;
  offsetMs?: number;
}

function wallFrom(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
): Wall | undefined {
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59)
    return undefined;
  const wallMs = Date.UTC(year, month - 1, day, hour, minute, second);
  // Date.UTC rolls 2025-02-30 over into March; such a date is an error, not a guess.
  if (new Date(wallMs).getUTCDate() !== day) return undefined;
  return { wallMs, minuteOfDay: hour * 60 + minute };
}

function parseIso(text: string): Wall | undefined {
  const m = ISO_WITH_OFFSET.exec(text);
  if (!m) return undefined;
  const wall = wallFrom(
    Number(m[1]),
    Number(m[2]),
    Number(m[3]),
    Number(m[4]),
    Number(m[5]),
    Number(m[6] ?? 0),
  );
  if (!wall) return undefined;
  const zone = m[7] as string;
  if (zone === 'Z') return { ...wall, offsetMs: 0 };
  const digits = zone.replace(':', '');
  const sign = digits.startsWith('-') ? -1 : 1;
  return {
    ...wall,
    offsetMs: sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5))) * 60_000,
  };
}

/** A parser for a timestamp pattern such as `DD.MM.YYYY HH:mm`. */
export function timestampParser(format: string): (text: string) => Wall | undefined {
  const order: string[] = [];
  let source = '';
  let rest = format;
  while (rest.length > 0) {
    const token = Object.keys(TOKENS).find((name) => rest.startsWith(name));
    if (token) {
      order.push(token);
      source += TOKENS[token];
      rest = rest.slice(token.length);
    } else {
      source += rest[0]?.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') ?? '';
      rest = rest.slice(1);
    }
  }
  const pattern = new RegExp(`^${source}$`);
  return (text) => {
    const m = pattern.exec(text);
    if (!m) return undefined;
    const value = (token: string) => {
      const index = order.indexOf(token);
      return index < 0 ? 0 : Number(m[index + 1]);
    };
    return wallFrom(value('YYYY'), value('MM'), value('DD'), value('HH'), value('mm'), value('ss'));
  };
}

/**
 * What an export may call an answer group, to its id: the id itself, or the group's name in
 * any letter case (exports made for people often carry the queue's name, "Äldre Direkt").
 * An id wins over another group's name.
 */
export function answerGroupLookup(groups: { id: string; name: string }[]): Map<string, string> {
  const lookup = new Map<string, string>();
  for (const group of groups) lookup.set(group.name.trim().toLowerCase(), group.id);
  for (const group of groups) lookup.set(group.id, group.id);
  return lookup;
}

/** Decodes UTF-8, falling back on Windows-1252, in which older Swedish Excel exports come. */
export function decodeCsv(buffer: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    return new TextDecoder('windows-1252').decode(buffer);
  }
}

const NUMBER = /^\d+(\.\d+)?$/;
const DURATION = /^(?:(\d+):)?(\d{1,2}):(\d{2})$/;

/**
 * Reads interval history in `layout`, validating every row. Rows are returned only when the
 * whole file is valid; otherwise up to `maxErrors` errors name the line and field at fault.
 * `answerGroups` resolves what a file calls a group to its id (see {@link answerGroupLookup}).
 * Cost: O(rows).
 */
export function parseHistoryCsv(
  text: string,
  layout: CsvLayout,
  answerGroups: ReadonlyMap<string, string>,
  maxErrors = 100,
): ParsedCsv {
  const errors: RowError[] = [];
  let errorCount = 0;
  const fail = (
    line: number | null,
    field: string,
    key: ImportErrorKey,
    values?: Record<string, string | number>,
  ) => {
    errorCount++;
    if (errors.length < maxErrors) errors.push(rowError(line, field, key, values));
  };

  let records: CsvRecord[];
  try {
    records = readRecords(text, layout.delimiter);
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    fail((error as CsvError & { lines?: number }).lines ?? null, '(csv)', 'csv', {
      reason: error.message,
    });
    return { rows: [], errors, errorCount };
  }
  const header = records[0]?.cells;
  if (!header) {
    fail(1, '(header)', 'emptyFile');
    return { rows: [], errors, errorCount };
  }

  const names = header.map((name) => name.trim().toLowerCase());
  const { columns } = layout;
  const columnOf = (name: string | undefined, required: boolean, what: string): number => {
    if (name === undefined) return -1;
    const index = names.indexOf(name.trim().toLowerCase());
    if (index < 0 && required) fail(1, name, 'missingColumn', { column: name, what });
    return index;
  };
  const isFormatA = layout.timestampFormat === null;
  const startColumn = columns.intervalStart
    ? columnOf(columns.intervalStart, true, 'interval start')
    : -1;
  const dateColumn = columns.intervalStart ? -1 : columnOf(columns.date, true, 'date');
  const timeColumn = columns.intervalStart ? -1 : columnOf(columns.time, true, 'time');
  if (!columns.intervalStart && !(columns.date && columns.time)) {
    fail(null, 'columns', 'noTimeColumns');
  }
  const groupColumn = columnOf(columns.answerGroup, true, 'answer group');
  // Format A's optional columns may be absent; a profile's named columns must be present.
  const measureColumns = MEASURES.map(
    (measure) =>
      [measure, columnOf(columns[measure], measure === 'offered' || !isFormatA, measure)] as const,
  );
  if (errorCount > 0) return { rows: [], errors, errorCount };

  const parseLocal = layout.timestampFormat ? timestampParser(layout.timestampFormat) : undefined;
  const startField = columns.intervalStart ?? `${columns.date} ${columns.time}`;
  const seenAmbiguous = new Map<string, number>();
  const rows: ParsedInterval[] = [];
  let lastStartText: string | undefined;
  let lastIso: Wall | undefined;
  for (let index = 1; index < records.length; index++) {
    const { cells: record, line } = records[index] as CsvRecord;
    const cell = (column: number) => (column < 0 ? '' : (record[column] ?? '').trim());
    let valid = true;

    const writtenGroup = cell(groupColumn);
    const answerGroupId =
      answerGroups.get(writtenGroup) ?? answerGroups.get(writtenGroup.toLowerCase()) ?? '';
    if (writtenGroup === '') {
      fail(line, columns.answerGroup, 'emptyAnswerGroup');
      valid = false;
    } else if (answerGroupId === '') {
      const known = [...new Set(answerGroups.values())].slice(0, 20).join(', ') || 'none yet';
      fail(line, columns.answerGroup, 'unknownAnswerGroup', { value: writtenGroup, known });
      valid = false;
    }

    const startText =
      startColumn >= 0 ? cell(startColumn) : `${cell(dateColumn)} ${cell(timeColumn)}`;
    let startMs: number | undefined;
    let minuteOfDay = 0;
    // Rows usually come in time order with every group per interval: the same timestamp
    // text many times in a row, parsed once.
    if (startText !== lastStartText) {
      lastStartText = startText;
      lastIso = parseIso(startText);
    }
    const iso = lastIso;
    if (iso) {
      startMs = iso.wallMs - (iso.offsetMs ?? 0);
      minuteOfDay = iso.minuteOfDay;
    } else if (!parseLocal) {
      fail(line, startField, 'notIsoTime', { value: startText });
      valid = false;
    } else {
      const wall = parseLocal(startText);
      if (!wall) {
        fail(line, startField, 'notTimestampFormat', {
          value: startText,
          format: layout.timestampFormat ?? '',
        });
        valid = false;
      } else {
        minuteOfDay = wall.minuteOfDay;
        const instants = instantsOfLocalTime(wall.wallMs, layout.timezone);
        if (instants.length === 0) {
          fail(line, startField, 'skippedLocalTime', {
            value: startText,
            timezone: layout.timezone,
          });
          valid = false;
        } else if (instants.length === 1) {
          startMs = instants[0];
        } else {
          // The hour repeated when clocks go back: its first appearance (per answer group)
          // is the earlier instant, summer time; the second is the later one, winter time.
          const key = `${answerGroupId}|${wall.wallMs}`;
          const seen = seenAmbiguous.get(key) ?? 0;
          seenAmbiguous.set(key, seen + 1);
          startMs = instants[seen];
          if (startMs === undefined) {
            fail(line, startField, 'repeatedHourThrice', { value: startText });
            valid = false;
          }
        }
      }
    }

    const values: Partial<Record<Measure, number | null>> = {};
    for (const [measure, column] of measureColumns) {
      const trimmed = cell(column);
      // The common case, a plain number, first.
      if (NUMBER.test(trimmed)) {
        values[measure] = Number(trimmed);
        continue;
      }
      // Spaces as thousands separators ("1 234") appear in exports made for people.
      const raw = trimmed.replace(/[\s\u00a0]/g, '');
      if (raw === '') {
        if (measure === 'offered') {
          fail(line, columns.offered, 'emptyOffered');
          valid = false;
        }
        values[measure] = null;
        continue;
      }
      const value = parseMeasure(raw, layout.decimalComma, measure === 'ahtSeconds');
      if (value === undefined) {
        const example = layout.decimalComma ? '12,5' : '12.5';
        fail(line, columns[measure] ?? measure, 'notNumber', { value: raw, example });
        valid = false;
      } else {
        values[measure] = value;
      }
    }

    if (valid && startMs !== undefined) {
      rows.push({
        line,
        answerGroupId,
        startMs,
        localMinuteOfDay: minuteOfDay,
        offered: values.offered as number,
        answered: values.answered ?? null,
        answeredWithinTarget: values.answeredWithinTarget ?? null,
        abandoned: values.abandoned ?? null,
        ahtSeconds: values.ahtSeconds ?? null,
      });
    }
  }
  return { rows: errorCount > 0 ? [] : rows, errors, errorCount };
}

function parseMeasure(
  raw: string,
  decimalComma: boolean,
  durationAllowed: boolean,
): number | undefined {
  const text = decimalComma ? raw.replace(',', '.') : raw;
  if (NUMBER.test(text)) return Number(text);
  // Handle times are often exported as m:ss or h:mm:ss.
  const duration = durationAllowed ? DURATION.exec(raw) : null;
  if (!duration) return undefined;
  return Number(duration[1] ?? 0) * 3600 + Number(duration[2]) * 60 + Number(duration[3]);
}

interface CsvRecord {
  cells: string[];
  /** 1-based line the record starts on. */
  line: number;
}

/**
 * Splits CSV into records. ACD exports rarely quote anything; without a quote character in
 * the file a plain split is exact and five times faster than a full parser on a million rows.
 * Otherwise csv-parse handles quoting, and line numbers account for quoted line breaks.
 */
function readRecords(text: string, delimiter: string): CsvRecord[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!body.includes('"')) {
    const records: CsvRecord[] = [];
    let line = 0;
    let from = 0;
    while (from < body.length) {
      let to = body.indexOf('\n', from);
      if (to < 0) to = body.length;
      line++;
      const content =
        body.charCodeAt(to - 1) === 13 ? body.slice(from, to - 1) : body.slice(from, to);
      if (content.trim() !== '') records.push({ cells: content.split(delimiter), line });
      from = to + 1;
    }
    return records;
  }
  const parsed = parse(body, {
    delimiter,
    skip_empty_lines: true,
    relax_column_count: true,
    info: true,
  }) as unknown as {
    info: { lines: number };
    record: string[];
  }[];
  return parsed.map(({ info, record }) => ({
    cells: record,
    line: info.lines - record.reduce((n, cell) => n + cell.split('\n').length - 1, 0),
  }));
}
