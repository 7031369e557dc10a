import {
  addLocalDays,
  formatLocalIso,
  intervalsOfLocalDay,
  localMinuteOfDay,
} from '@bemanna/calendar';

/** Request bodies with sensible defaults; each test overrides only what it is about. */

const WEEKDAY: [string, string] = ['08:00', '16:30'];

export function answerGroupBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'bygglov',
    name: 'Bygglov',
    ahtSeconds: 300,
    serviceLevelGoal: 0.8,
    targetSeconds: 120,
    openingHours: [WEEKDAY, WEEKDAY, WEEKDAY, WEEKDAY, ['08:00', '15:00'], null, null],
    ...overrides,
  };
}

/** Format A, from rows of [interval_start, answer_group, offered, ...optional columns]. */
export function formatA(
  rows: (string | number)[][],
  header = 'interval_start,answer_group,offered,answered,aht_seconds',
): Buffer {
  return Buffer.from(`${header}\n${rows.map((row) => row.join(',')).join('\n')}\n`);
}

/** Every quarter of a local day in Europe/Stockholm as format A timestamps, from instants. */
export function quartersOfDay(startUtcIso: string, count: number): string[] {
  const start = Date.parse(startUtcIso);
  return Array.from({ length: count }, (_, index) => stockholmIso(start + index * 900_000));
}

/** Europe/Stockholm local time with offset: +01:00 in winter, +02:00 in summer (EU rules). */
export function stockholmIso(instantMs: number): string {
  const year = new Date(instantMs).getUTCFullYear();
  const lastSunday = (month: number) => {
    const last = new Date(Date.UTC(year, month + 1, 0));
    return Date.UTC(year, month, last.getUTCDate() - last.getUTCDay(), 1);
  };
  const summer = instantMs >= lastSunday(2) && instantMs < lastSunday(9);
  const offsetHours = summer ? 2 : 1;
  const local = new Date(instantMs + offsetHours * 3_600_000).toISOString().slice(0, 19);
  return `${local}+0${offsetHours}:00`;
}

const TZ = 'Europe/Stockholm';

/** Forecast for a week as format A: 6 calls a quarter while `bygglov` is open (its defaults). */
export function weekForecastCsv(week: string): Buffer {
  const lines = ['interval_start,answer_group,offered'];
  for (let day = 0; day < 5; day++) {
    const date = addLocalDays(week, day);
    const close = day === 4 ? 15 * 60 : 16 * 60 + 30;
    for (const start of intervalsOfLocalDay(date, 15, TZ)) {
      const minute = localMinuteOfDay(start, TZ);
      if (minute >= 8 * 60 && minute < close) lines.push(`${formatLocalIso(start, TZ)},bygglov,6`);
    }
  }
  return Buffer.from(`${lines.join('\n')}\n`);
}
