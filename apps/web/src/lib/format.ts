import { TIME_ZONE } from './dates';

/** The app's two languages; Swedish is the default. */
export type Language = 'sv' | 'en';

const LOCALES: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };

export function locale(language: Language): string {
  return LOCALES[language];
}

/**
 * A number the way the reader writes it: in Swedish a (non-breaking) space between thousands and
 * a decimal comma (12 345,6), in English 12,345.6.
 */
export function formatNumber(value: number, language: Language, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits }).format(value);
}

/** A share in 0..1 as a percentage: 0.805 -> "80,5 %" in Swedish, "80.5%" in English. */
export function formatPercent(
  share: number,
  language: Language,
  maximumFractionDigits = 1,
): string {
  return new Intl.NumberFormat(LOCALES[language], {
    style: 'percent',
    maximumFractionDigits,
  }).format(share);
}

/** A local date (YYYY-MM-DD) with its weekday, e.g. "mån 23 nov. 2026". */
export function formatDate(date: string, language: Language): string {
  // Noon UTC is the same calendar day in Stockholm all year.
  return new Intl.DateTimeFormat(LOCALES[language], {
    timeZone: TIME_ZONE,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(new Date(`${date}T12:00:00Z`));
}

/** A local date in a table header or on a chart axis, with its weekday: "mån 23/11". */
export function formatShortDate(date: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    timeZone: TIME_ZONE,
    weekday: 'short',
    day: 'numeric',
    month: 'numeric',
  }).format(new Date(`${date}T12:00:00Z`));
}

/** Days `from` to `to` inclusive, "mån 23 nov. 2026 – ons 25 nov. 2026"; a single day as itself. */
export function formatDateRange(from: string, to: string, language: Language): string {
  return from === to
    ? formatDate(from, language)
    : `${formatDate(from, language)} – ${formatDate(to, language)}`;
}

/** A month (YYYY-MM) by name, "januari 2027"; `short` for a chart axis, "jan. 27". */
export function formatMonth(month: string, language: Language, width: 'long' | 'short' = 'long') {
  return new Intl.DateTimeFormat(LOCALES[language], {
    timeZone: TIME_ZONE,
    month: width,
    year: width === 'long' ? 'numeric' : '2-digit',
  }).format(new Date(`${month}-15T12:00:00Z`));
}

/** An instant (ISO string) as date and time in Europe/Stockholm. */
export function formatDateTime(instant: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    timeZone: TIME_ZONE,
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(instant));
}

/** Bytes as kB or MB for upload sizes. */
export function formatBytes(bytes: number, language: Language): string {
  if (bytes < 1024) return `${formatNumber(bytes, language)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, language, 0)} kB`;
  return `${formatNumber(bytes / (1024 * 1024), language, 1)} MB`;
}

/** A change of a share in percentage points with its sign: +1,2, −0,4, or 0 when it rounds away. */
export function formatSignedPoints(change: number, language: Language): string {
  const points = Math.round(change * 1000) / 10;
  if (points === 0) return formatNumber(0, language);
  return `${points > 0 ? '+' : ''}${formatNumber(points, language, 1)}`;
}

/** A change with its sign, +3,2 or −0,4, and 0 when it rounds away. */
export function formatSignedNumber(
  change: number,
  language: Language,
  maximumFractionDigits = 0,
): string {
  return new Intl.NumberFormat(LOCALES[language], {
    signDisplay: 'exceptZero',
    maximumFractionDigits,
  }).format(change);
}

/** A number with exactly `digits` decimals, so that a column lines up: 73,0 above 7,7. */
export function formatDecimal(value: number, language: Language, digits: number): string {
  // Rounded first, so that −0,04 is written 0,0 rather than −0,0.
  const rounded = Math.round(value * 10 ** digits) / 10 ** digits || 0;
  return new Intl.NumberFormat(LOCALES[language], {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(rounded);
}
