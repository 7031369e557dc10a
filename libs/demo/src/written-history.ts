import { addLocalDays, formatLocalIso, isClosedDay, startOfLocalDay } from '@bemanna/calendar';
import { dayOfYearOf, seasonalFactor } from './demand';
import { DEFAULT_DEMO_SEED, type DemoHistoryOptions } from './history';
import { localDay, TIME_ZONE } from './local-days';
import { samplePoisson } from './poisson';
import { mixSeed, mulberry32 } from './random';
import type { DemoWrittenQueue } from './types';

/** E-mail dips less than calls in the summer: it waits in the inbox instead of ringing. */
const WRITTEN_SEASON = { summerDip: 0.25, bumps: [] };
/** On a day the centre is closed, citizens still write, if fewer of them. */
const CLOSED_DAY_FACTOR = 0.6;
/** Written cases grow as more errands move online. */
const GROWTH_PER_YEAR = 0.06;
const TREND_ORIGIN = '2026-01-01';

/**
 * A written queue's cases per local day from `from` to `to` inclusive: Poisson around its
 * cases per weekday (the 2026 level), with the summer and Christmas dips, fewer on holidays,
 * and growth. Each day is drawn from its own seeded stream, so a day does not depend on the
 * range asked for.
 */
export function demoWrittenQueueHistory(
  queue: DemoWrittenQueue,
  options: DemoHistoryOptions,
): { date: string; cases: number }[] {
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const days: { date: string; cases: number }[] = [];
  const years = (date: string) =>
    (Date.parse(`${date}T00:00:00Z`) - Date.parse(`${TREND_ORIGIN}T00:00:00Z`)) /
    (365.25 * 86_400_000);
  for (let date = options.from; date <= options.to; date = addLocalDays(date, 1)) {
    const day = localDay(date);
    const expected =
      (queue.casesPerWeekday[day.weekday] ?? 0) *
      seasonalFactor(WRITTEN_SEASON, dayOfYearOf(date)) *
      (1 + GROWTH_PER_YEAR) ** years(date) *
      (isClosedDay(day.kind) ? CLOSED_DAY_FACTOR : 1);
    const random = mulberry32(mixSeed(seed, 'written', queue.id, date));
    days.push({ date, cases: samplePoisson(expected, random) });
  }
  return days;
}

/** The same days as format A with one row per day (interval_start at local midnight). */
export function demoWrittenQueueHistoryCsv(
  queue: DemoWrittenQueue,
  options: DemoHistoryOptions,
): string {
  const lines = ['interval_start,answer_group,offered'];
  for (const { date, cases } of demoWrittenQueueHistory(queue, options)) {
    lines.push(
      `${formatLocalIso(startOfLocalDay(date, TIME_ZONE), TIME_ZONE)},${queue.id},${cases}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
