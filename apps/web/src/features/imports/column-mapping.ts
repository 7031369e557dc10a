import type { Schemas } from '../../api/client';

/** The columns a mapped import profile names, as the API's ImportColumnsDto. */
export type ImportColumns = Schemas['ImportColumnsDto'];
export type ImportProfileDraft = Schemas['CreateImportProfileDto'];
export type ColumnField = keyof ImportColumns;

/** Fields in the order the mapping form asks for them; `required` as the API validates them. */
export const COLUMN_FIELDS: { field: ColumnField; required: boolean }[] = [
  { field: 'intervalStart', required: false },
  { field: 'date', required: false },
  { field: 'time', required: false },
  { field: 'answerGroup', required: true },
  { field: 'offered', required: true },
  { field: 'answered', required: false },
  { field: 'answeredWithinTarget', required: false },
  { field: 'abandoned', required: false },
  { field: 'ahtSeconds', required: false },
];

export const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/** Format A's own header: such files need no mapping. */
const FORMAT_A_COLUMNS = ['interval_start', 'answer_group', 'offered'];

/**
 * Header names ACD exports use for each field (CallGuide, Artvise, Telia ACE, Genesys, Puzzel
 * in Swedish and English), compared without case, spaces, dashes or underscores.
 */
const SYNONYMS: Record<ColumnField, string[]> = {
  intervalStart: [
    'intervalstart',
    'intervall',
    'interval',
    'tidpunkt',
    'starttid',
    'period',
    'timestamp',
  ],
  date: ['datum', 'date', 'dag', 'day'],
  time: ['tid', 'time', 'klockslag', 'kvart', 'halvtimme'],
  answerGroup: [
    'answergroup',
    'ko',
    'kö',
    'queue',
    'svarsgrupp',
    'grupp',
    'tjanst',
    'tjänst',
    'service',
    'skill',
  ],
  offered: ['offered', 'inkommande', 'erbjudna', 'samtal', 'calls', 'inkommandesamtal', 'anrop'],
  answered: ['answered', 'besvarade', 'besvarat', 'handled', 'hanterade'],
  answeredWithinTarget: [
    'answeredwithintarget',
    'besvaradeinomsl',
    'besvaradeinommal',
    'besvaradeinommål',
    'inomsl',
    'withinsl',
    'answeredwithinsl',
  ],
  abandoned: ['abandoned', 'tappade', 'avbrutna', 'lagtpa', 'lagtpå', 'övergivna', 'overgivna'],
  ahtSeconds: [
    'ahtseconds',
    'aht',
    'snitthanteringstid',
    'hanteringstid',
    'genomsnittlighanteringstid',
    'handletime',
    'averagehandletime',
  ],
};

function normalise(name: string): string {
  return name.toLowerCase().replace(/[\s_\-.]/g, '');
}

/** The delimiter that splits the header line into the most columns. */
export function detectDelimiter(headerLine: string): Delimiter {
  let best: Delimiter = ',';
  let bestCount = 0;
  for (const delimiter of DELIMITERS) {
    const count = splitCsvLine(headerLine, delimiter).length;
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}

/** One CSV line into fields; double quotes protect delimiters and "" is a quote. */
export function splitCsvLine(line: string, delimiter: string): string[] {
  const fields: string[] = [];
  let current = '';
  let quoted = false;
  for (let index = 0; index < line.length; index++) {
    const char = line[index];
    if (quoted) {
      if (char === '"' && line[index + 1] === '"') {
        current += '"';
        index++;
      } else if (char === '"') quoted = false;
      else current += char;
    } else if (char === '"') quoted = true;
    else if (char === delimiter) {
      fields.push(current);
      current = '';
    } else current += char;
  }
  fields.push(current);
  return fields.map((field) => field.trim());
}

/** The first lines of a file, without a byte-order mark or carriage returns. */
export function previewLines(text: string, count = 6): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .slice(0, count);
}

export function isFormatA(headers: string[]): boolean {
  const names = headers.map((header) => header.trim().toLowerCase());
  return FORMAT_A_COLUMNS.every((column) => names.includes(column));
}

/** A first guess of which header holds each field; each header is used at most once. */
export function guessColumns(headers: string[]): Partial<ImportColumns> {
  const guess: Partial<ImportColumns> = {};
  const used = new Set<string>();
  for (const { field } of COLUMN_FIELDS) {
    const synonyms = SYNONYMS[field];
    const header = headers.find(
      (candidate) => !used.has(candidate) && synonyms.includes(normalise(candidate)),
    );
    if (header) {
      guess[field] = header;
      used.add(header);
    }
  }
  // A timestamp column makes separate date and time columns unnecessary, and vice versa.
  if (guess.date && guess.time) delete guess.intervalStart;
  else {
    delete guess.date;
    delete guess.time;
  }
  return guess;
}

/**
 * The timestamp pattern (tokens YYYY MM DD HH mm ss) of a sample value such as
 * "2026-11-23 08:15", "23.11.2026 08:15:00" or "2026-11-23T08:15"; undefined when unknown.
 */
export function guessTimestampFormat(sample: string): string | undefined {
  const match = sample
    .trim()
    .match(/^(\d{4})([-/.])(\d{2})\2(\d{2})([ T])(\d{1,2}):(\d{2})(:\d{2})?$/);
  if (match) return `YYYY${match[2]}MM${match[2]}DD${match[5]}HH:mm${match[8] ? ':ss' : ''}`;
  const dayFirst = sample
    .trim()
    .match(/^(\d{2})([-/.])(\d{2})\2(\d{4}) (\d{1,2}):(\d{2})(:\d{2})?$/);
  if (dayFirst) return `DD${dayFirst[2]}MM${dayFirst[2]}YYYY HH:mm${dayFirst[7] ? ':ss' : ''}`;
  return undefined;
}

/** Numbers such as "12,5" in the sample rows mean the export writes decimal commas. */
export function guessDecimalComma(rows: string[][]): boolean {
  return rows.some((row) => row.some((field) => /^\d+,\d+$/.test(field)));
}

/** What is missing before a mapping can be saved; empty when it is complete. */
export function mappingProblems(
  columns: Partial<ImportColumns>,
  timestampFormat: string,
): ('answerGroup' | 'offered' | 'timestamp' | 'timestampFormat')[] {
  const problems: ('answerGroup' | 'offered' | 'timestamp' | 'timestampFormat')[] = [];
  if (!columns.answerGroup) problems.push('answerGroup');
  if (!columns.offered) problems.push('offered');
  if (!columns.intervalStart && !(columns.date && columns.time)) problems.push('timestamp');
  if (!['YYYY', 'MM', 'DD', 'HH', 'mm'].every((token) => timestampFormat.includes(token)))
    problems.push('timestampFormat');
  return problems;
}

/**
 * The profile the API stores, from the form: unused columns left out, and only one way of
 * giving the time (a timestamp column wins over date and time).
 */
export function buildProfile(input: {
  name: string;
  source: ImportProfileDraft['source'];
  delimiter: Delimiter;
  decimalComma: boolean;
  timestampFormat: string;
  columns: Partial<ImportColumns>;
}): ImportProfileDraft {
  const columns: Partial<ImportColumns> = {};
  for (const { field } of COLUMN_FIELDS) {
    const header = input.columns[field];
    if (header) columns[field] = header;
  }
  if (columns.intervalStart) {
    delete columns.date;
    delete columns.time;
  }
  return {
    name: input.name,
    source: input.source,
    delimiter: input.delimiter,
    decimalComma: input.decimalComma,
    timestampFormat: input.timestampFormat,
    timezone: 'Europe/Stockholm',
    columns: columns as ImportColumns,
  };
}
