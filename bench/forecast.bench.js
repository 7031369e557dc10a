// Forecast speed: two years of 15-minute history for 20 answer groups, fitted, backtested
// (every method, four rolling origins) and forecast 28 days ahead with --method auto, against
// the same pipeline with only the mean of the last four same weekdays, in one process.
// Target: auto under 10 s on 2 cores. Uses the built package (npm run build first).
const { forecast, parseFormatA, METHOD_NAMES } = require('@bemanna/forecast');
const {
  addLocalDays,
  intervalsOfLocalDay,
  formatLocalIso,
  localMinuteOfDay,
  holidayCalendar,
} = require('@bemanna/calendar');

const TIME_ZONE = 'Europe/Stockholm';
const FROM = '2026-01-05';
const HISTORY_DAYS = 730;
const GROUPS = 20;

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Poisson sample by inversion for small means, normal approximation above 50. */
function poisson(mean, next) {
  if (mean > 50) return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal(next)));
  let k = 0;
  let p = Math.exp(-mean);
  let sum = p;
  const u = next();
  while (u > sum && k < 1000) {
    k++;
    p *= mean / k;
    sum += p;
  }
  return k;
}

function normal(next) {
  return Math.sqrt(-2 * Math.log(next() || 1e-12)) * Math.cos(2 * Math.PI * next());
}

/**
 * A municipal centre's history as format A text: weekdays 07:00-19:00 and Saturdays 10:00-14:00,
 * closed on Swedish holidays and eves, a morning peak, a summer dip and a Monday surge.
 */
function historyCsv() {
  const next = random(42);
  const calendar = holidayCalendar('SE');
  const first = addLocalDays(FROM, -HISTORY_DAYS);
  const lines = ['interval_start,answer_group,offered,answered,aht_seconds'];
  for (let d = 0; d < HISTORY_DAYS; d++) {
    const date = addLocalDays(first, d);
    const kind = calendar.kindOf(date);
    if (kind === 'holiday' || kind === 'eve') continue;
    const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
    if (weekday === 6) continue;
    const month = Number(date.slice(5, 7));
    const season = month === 7 ? 0.6 : month === 8 ? 0.85 : 1;
    const dayLevel =
      (weekday === 0 ? 1.3 : weekday === 5 ? 0.3 : 1) *
      season *
      (kind === 'afterHoliday' ? 1.25 : 1);
    const starts = intervalsOfLocalDay(date, 15, TIME_ZONE);
    for (const start of starts) {
      const minute = localMinuteOfDay(start, TIME_ZONE);
      const open = weekday === 5 ? minute >= 600 && minute < 840 : minute >= 420 && minute < 1140;
      if (!open) continue;
      const shape =
        1 +
        0.8 * Math.exp(-(((minute - 600) / 90) ** 2)) +
        0.4 * Math.exp(-(((minute - 810) / 60) ** 2));
      const stamp = formatLocalIso(start, TIME_ZONE);
      for (let g = 0; g < GROUPS; g++) {
        const offered = poisson((2 + g) * shape * dayLevel, next);
        lines.push(`${stamp},group-${g},${offered},${offered},${Math.round(180 + 60 * next())}`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

function time(run) {
  const start = process.hrtime.bigint();
  const result = run();
  return { result, seconds: Number(process.hrtime.bigint() - start) / 1e9 };
}

async function run() {
  const csv = historyCsv();
  const parsed = time(() => parseFormatA(csv));
  const rows = parsed.result.rows;
  console.log(
    `history: ${rows.length} rows, ${GROUPS} groups, ${HISTORY_DAYS} days of 15 minutes; parse ${parsed.seconds.toFixed(2)} s`,
  );
  const options = { history: rows, from: FROM, days: 28, timeZone: TIME_ZONE, country: 'SE' };
  const baseline = time(() => forecast({ ...options, method: 'same-weekday-mean' }));
  const auto = time(() => forecast({ ...options, method: 'auto' }));
  const chosen = {};
  for (const report of Object.values(auto.result.perGroup))
    chosen[report.method] = (chosen[report.method] ?? 0) + 1;
  console.log(`baseline (same-weekday-mean, its own backtest): ${baseline.seconds.toFixed(2)} s`);
  console.log(
    `auto (${METHOD_NAMES.length} methods x 4 origins + forecast): ${auto.seconds.toFixed(2)} s, ${(auto.seconds / baseline.seconds).toFixed(1)}x the baseline; target < 10 s`,
  );
  console.log(`rows out: ${auto.result.rows.length}; methods chosen: ${JSON.stringify(chosen)}`);
}

module.exports = { run };
