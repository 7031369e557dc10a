import { addLocalDays, type LocalDate } from '@bemanna/calendar';
import { ANSWER_GROUP_DEFINITIONS, type AnswerGroupDefinition } from './answer-groups';
import { groupDay } from './demand';
import { DemoInputError } from './demo-input-error';
import { type LocalDay, localDay } from './local-days';
import { samplePoisson, sampleBinomial } from './poisson';
import { queueOutcome, requiredAgents } from './queue-outcome';
import { mixSeed, mulberry32, type Random, sampleStandardNormal } from './random';
import type { DemoHistoryRow } from './types';

/** The default demo period: two years of history up to the Sunday before the planning week. */
export const DEMO_HISTORY_FROM = '2024-11-23';
export const DEMO_HISTORY_TO = '2026-11-22';
export const DEFAULT_DEMO_SEED = 1;

export interface DemoHistoryOptions {
  /** First local date, `YYYY-MM-DD`. */
  from: string;
  /** Last local date, inclusive. */
  to: string;
  seed?: number;
}

/** Day-to-day staffing varies with sick leave: lognormal with this spread around the plan. */
const STAFFING_SPREAD = 0.08;
/** In July planners staff thinner than the plan, like every centre during the holidays. */
const SUMMER_STAFFING = 0.93;
/** Lunches are staggered over 11:00-13:00 and take a tenth of the agents off the phones. */
const LUNCH_STAFFING = 0.9;
/** Handle time drifts from day to day (new staff, a new e-service) by about this much. */
const AHT_DAY_SPREAD = 0.04;
/** Handle times of single calls vary about as much as their mean (coefficient of variation). */
const HANDLE_TIME_CV = 0.8;
const LONGEST_RANGE_DAYS = 366 * 20;

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Interval history of the demo centre: one row per answer group and open quarter of every
 * local day from `from` to `to` inclusive, sorted by interval and then group; closed days and
 * hours produce no rows. Each group's day is drawn from its own seeded stream, so a day's rows
 * do not depend on the range asked for, and the same seed always gives the same rows.
 *
 * Offered calls are Poisson around `demoExpectedCalls`. The answered and abandoned calls
 * follow from a simulated staffing: Erlang C's requirement for the expected calls, shaken
 * by daily sick leave and thinned over lunch and in July, then Erlang A (with each group's
 * callers' patience) on the calls that actually came. Cost: O(rows), about 200,000 rows a
 * second or more.
 */
export function demoHistory(options: DemoHistoryOptions): DemoHistoryRow[] {
  const { from, to } = validateRange(options);
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const rows: DemoHistoryRow[] = [];
  for (let date = from; date <= to; date = addLocalDays(date, 1)) {
    const day = localDay(date);
    const perGroup = ANSWER_GROUP_DEFINITIONS.map((definition) =>
      simulateGroupDay(definition, day, seed),
    );
    for (let index = 0; index < day.starts.length; index++) {
      for (const groupRows of perGroup) {
        const row = groupRows.get(index);
        if (row) rows.push(row);
      }
    }
  }
  return rows;
}

const CSV_HEADER =
  'interval_start,answer_group,offered,answered,answered_within_target,abandoned,aht_seconds';

/** `demoHistory` as a format A CSV (header, one line per row, LF endings, trailing newline). */
export function demoHistoryCsv(options: DemoHistoryOptions): string {
  const lines = [CSV_HEADER];
  for (const row of demoHistory(options)) {
    lines.push(
      `${row.intervalStart},${row.answerGroup},${row.offered},${row.answered},${row.answeredWithinTarget},${row.abandoned},${row.ahtSeconds ?? ''}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function validateRange(options: DemoHistoryOptions): { from: LocalDate; to: LocalDate } {
  const { from, to, seed } = options;
  for (const [field, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (!isLocalDate(value)) {
      throw new DemoInputError(`${field} "${value}" is not a local date (YYYY-MM-DD)`);
    }
  }
  if (from > to) throw new DemoInputError(`from ${from} is after to ${to}`);
  if (addLocalDays(from, LONGEST_RANGE_DAYS) < to) {
    throw new DemoInputError(`from ${from} to ${to} spans more than ${LONGEST_RANGE_DAYS} days`);
  }
  if (seed !== undefined && !Number.isInteger(seed)) {
    throw new DemoInputError(`seed ${seed} is not an integer`);
  }
  return { from, to };
}

/** `YYYY-MM-DD` naming a real day: the round trip rejects 2025-02-30, which Date rolls over. */
function isLocalDate(value: string): boolean {
  if (!LOCAL_DATE.test(value)) return false;
  const instant = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(instant) && new Date(instant).toISOString().slice(0, 10) === value;
}

/** The rows of one group's day, keyed by quarter index within the day. */
function simulateGroupDay(
  definition: AnswerGroupDefinition,
  day: LocalDay,
  seed: number,
): Map<number, DemoHistoryRow> {
  const rows = new Map<number, DemoHistoryRow>();
  const { firstIndex, expectedCalls } = groupDay(definition, day);
  if (expectedCalls.length === 0) return rows;
  const { group, demand } = definition;
  const { serviceLevel, targetSeconds } = group.serviceGoal;
  const random = mulberry32(mixSeed(seed, group.id, day.date));
  const staffing =
    Math.exp(STAFFING_SPREAD * sampleStandardNormal(random)) *
    (day.date.slice(5, 7) === '07' ? SUMMER_STAFFING : 1);
  const dayAhtSeconds = group.ahtSeconds * Math.exp(AHT_DAY_SPREAD * sampleStandardNormal(random));
  for (let position = 0; position < expectedCalls.length; position++) {
    const index = firstIndex + position;
    const minute = day.minutes[index] ?? 0;
    const expected = expectedCalls[position] ?? 0;
    // Calls get a little longer through the day as the easy errands are done in the morning.
    const ahtSeconds = dayAhtSeconds * (0.95 + (0.1 * (minute - 7 * 60)) / (10 * 60));
    const planned = requiredAgents(expected, group.ahtSeconds, serviceLevel, targetSeconds);
    const atLunch = minute >= 11 * 60 && minute < 13 * 60;
    const agents = Math.max(1, Math.round(planned * staffing * (atLunch ? LUNCH_STAFFING : 1)));
    const offered = samplePoisson(expected, random);
    const outcome = queueOutcome(
      agents,
      offered,
      ahtSeconds,
      demand.simulatedPatienceSeconds,
      targetSeconds,
    );
    const abandoned = sampleBinomial(offered, outcome.abandonRate, random);
    const answered = offered - abandoned;
    const answeredWithinTarget = sampleBinomial(answered, outcome.withinTargetOfAnswered, random);
    rows.set(index, {
      intervalStart: day.isoStarts[index] ?? '',
      answerGroup: group.id,
      offered,
      answered,
      answeredWithinTarget,
      abandoned,
      ahtSeconds: answered > 0 ? sampleMeanHandleTime(ahtSeconds, answered, random) : null,
    });
  }
  return rows;
}

/** The mean of `answered` handle times around `ahtSeconds`, by the central limit theorem. */
function sampleMeanHandleTime(ahtSeconds: number, answered: number, random: Random): number {
  const spread = (ahtSeconds * HANDLE_TIME_CV) / Math.sqrt(answered);
  return Math.max(30, Math.round(ahtSeconds + spread * sampleStandardNormal(random)));
}
