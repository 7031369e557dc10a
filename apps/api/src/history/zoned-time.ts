/**
 * Local wall-clock times to instants in an IANA zone, with the daylight-saving cases spelled
 * out. Uses only `Intl`, so the answer follows the runtime's time-zone database.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsetCache = new Map<string, number>();
const QUARTER_HOUR = 15 * 60_000;

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/**
 * The zone's offset from UTC (local minus UTC, ms) at an instant. Offsets change only on
 * whole quarter hours, so results are cached per quarter hour: an import of a million rows
 * asks `Intl` a few thousand times, not millions.
 */
export function zoneOffsetMs(instantMs: number, timeZone: string): number {
  const quarter = Math.floor(instantMs / QUARTER_HOUR);
  const key = `${timeZone}|${quarter}`;
  const cached = offsetCache.get(key);
  if (cached !== undefined) return cached;
  const at = quarter * QUARTER_HOUR;
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(at)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const wall = Date.UTC(
    parts.year ?? 0,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
  );
  const offset = wall - at;
  offsetCache.set(key, offset);
  return offset;
}

/**
 * The instants at which a local wall-clock time (given as if it were UTC, ms) occurs in a
 * zone, earliest first: one on ordinary days, none in the hour skipped when clocks go
 * forward, two in the hour repeated when they go back.
 */
export function instantsOfLocalTime(wallMs: number, timeZone: string): number[] {
  const DAY = 86_400_000;
  const offsets = new Set([
    zoneOffsetMs(wallMs - DAY, timeZone),
    zoneOffsetMs(wallMs + DAY, timeZone),
  ]);
  const instants: number[] = [];
  for (const offset of offsets) {
    const candidate = wallMs - offset;
    if (zoneOffsetMs(candidate, timeZone) === offset) instants.push(candidate);
  }
  return instants.sort((a, b) => a - b);
}

/** ISO 8601 with the zone's offset, e.g. `2025-10-26T02:15:00+01:00`. */
export function formatZonedIso(instantMs: number, timeZone: string): string {
  const offset = zoneOffsetMs(instantMs, timeZone);
  const wall = new Date(instantMs + offset).toISOString().slice(0, 19);
  const sign = offset < 0 ? '-' : '+';
  const minutes = Math.abs(offset) / 60_000;
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${wall}${sign}${hh}:${mm}`;
}
