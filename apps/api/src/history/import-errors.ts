import { BadRequestException } from '@nestjs/common';

/**
 * What can be wrong in an imported file, as a key and values, with an English sentence for each
 * key (`{name}` stands for that value), as `@bemanna/schedule`'s rule details do: the API
 * answers `message` in English, and the web app words `detail` in the user's language (its
 * `import.errors.*` texts).
 */
export const IMPORT_ERROR_TEXTS = {
  csv: '{reason}',
  emptyFile: 'the file is empty; a header row is required',
  missingColumn: 'missing column "{column}" ({what})',
  noTimeColumns: 'a layout needs an intervalStart column, or date and time columns',
  emptyAnswerGroup: 'is empty',
  unknownAnswerGroup: 'unknown answer group "{value}" (give an id or a name; ids: {known})',
  notIsoTime: '"{value}" is not ISO 8601 with offset (e.g. 2025-03-30T03:00:00+02:00)',
  notTimestampFormat: '"{value}" does not match "{format}" or is not a real date',
  skippedLocalTime: '"{value}" does not exist in {timezone}: clocks go forward then',
  repeatedHourThrice: '"{value}" appears a third time; the repeated hour occurs only twice',
  emptyOffered: 'is empty; offered calls are required',
  notNumber: '"{value}" is not a number >= 0 (e.g. {example})',
  repeatedInterval: 'repeats the interval on line {line}',
  intervalLengthUnknown:
    'one row per answer group does not show the interval length; give intervalMinutes',
  intervalLengthNotAllowed: 'the interval length is {minutes} minutes; allowed are {allowed}',
  notIntervalStart: 'is not the start of a {minutes}-minute interval of the local day',
  noRows: 'the file has a header but no rows',
} as const;

export type ImportErrorKey = keyof typeof IMPORT_ERROR_TEXTS;

export interface RowErrorDetail {
  key: ImportErrorKey;
  values?: Record<string, string | number>;
}

/** A problem with one row (line 1 is the header), or with the whole file when line is null. */
export interface RowError {
  line: number | null;
  field: string;
  message: string;
  detail: RowErrorDetail;
}

/** A row's error, its English message written from the detail. */
export function rowError(
  line: number | null,
  field: string,
  key: ImportErrorKey,
  values?: Record<string, string | number>,
): RowError {
  const message = IMPORT_ERROR_TEXTS[key].replace(/\{(\w+)\}/g, (_, name: string) =>
    String(values?.[name] ?? `{${name}}`),
  );
  return { line, field, message, detail: values ? { key, values } : { key } };
}

/** A file refused for its rows' errors (a 400 listing them), nothing from it stored. */
export function importRejected(
  errors: readonly { line: number | null; field: string; message: string; detail: object }[],
  errorCount: number,
): BadRequestException {
  return new BadRequestException({
    statusCode: 400,
    message: `The file has ${errorCount} error${errorCount === 1 ? '' : 's'}; nothing from it was stored`,
    errorCount,
    errors,
  });
}
