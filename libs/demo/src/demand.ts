import { isClosedDay, localDateOf } from '@bemanna/calendar';
import {
  type AnswerGroupDefinition,
  answerGroupDefinition,
  type DemandModel,
} from './answer-groups';
import { INTERVAL_MINUTES, type LocalDay, localDay, minuteOfClock, TIME_ZONE } from './local-days';

/** The expected calls of one answer group over the open quarters of one local day. */
export interface GroupDay {
  /** Index in `LocalDay.starts` of the first open quarter. */
  firstIndex: number;
  /** Expected (noise-free) offered calls per open quarter, in order; empty when closed. */
  expectedCalls: number[];
}

/** Eves with a shortened working day (skärtorsdagen, valborgsmässoafton, ...) close at 13:00. */
const SHORT_DAY_CLOSE_MINUTE = 13 * 60;
/** Calls held back over a holiday arrive on the next working day. */
const AFTER_HOLIDAY_FACTOR = 1.35;
/** Short days get fewer calls in total, not just fewer hours. */
const SHORT_DAY_FACTOR = 0.6;
/** Many take the klämdag off, callers too. */
const BRIDGE_DAY_FACTOR = 0.7;
/** Growth is measured from the start of 2026, where `wednesdayCalls` applies. */
const TREND_ORIGIN_MS = Date.UTC(2026, 0, 1);
const MS_PER_YEAR = 365.25 * 86_400_000;
/** Between Christmas and New Year (mellandagarna) the whole municipality is quiet. */
const CHRISTMAS_WEEK = { peakDayOfYear: 363, widthDays: 3, amplitude: -0.35 };
/** The Swedish summer holiday is centred on mid-July (day 198) and lasts about six weeks. */
const SUMMER_PEAK_DAY = 198;
const SUMMER_HALF_WIDTH_DAYS = 24;

const groupDayCache = new WeakMap<LocalDay, Map<string, GroupDay>>();

/**
 * The opening window [open, close) in minutes of day for a group on a day, or null when it is
 * closed: public holidays and the eves that are days off (julafton, midsommarafton,
 * nyårsafton) close every group, shortened eves close at 13:00.
 */
export function openWindow(
  definition: AnswerGroupDefinition,
  day: LocalDay,
): [number, number] | null {
  if (isClosedDay(day.kind)) return null;
  const hours = definition.group.open[day.weekday];
  if (!hours) return null;
  const open = minuteOfClock(hours[0]);
  let close = minuteOfClock(hours[1]);
  if (day.kind === 'shortDay') close = Math.min(close, SHORT_DAY_CLOSE_MINUTE);
  return close > open ? [open, close] : null;
}

/** Expected calls of an answer group per open quarter of a local day (cached per day). */
export function groupDay(definition: AnswerGroupDefinition, day: LocalDay): GroupDay {
  let byGroup = groupDayCache.get(day);
  if (!byGroup) {
    byGroup = new Map();
    groupDayCache.set(day, byGroup);
  }
  const id = definition.group.id;
  const cached = byGroup.get(id);
  if (cached) return cached;
  const computed = computeGroupDay(definition, day);
  byGroup.set(id, computed);
  return computed;
}

function computeGroupDay(definition: AnswerGroupDefinition, day: LocalDay): GroupDay {
  const window = openWindow(definition, day);
  if (!window) return { firstIndex: 0, expectedCalls: [] };
  const [open, close] = window;
  let firstIndex = -1;
  const weights: number[] = [];
  for (let index = 0; index < day.minutes.length; index++) {
    const minute = day.minutes[index] ?? 0;
    if (minute < open || minute + INTERVAL_MINUTES > close) continue;
    if (firstIndex < 0) firstIndex = index;
    weights.push(intradayWeight(definition.demand, minute, minute === open));
  }
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const calls = dailyCalls(definition.demand, day);
  return {
    firstIndex: Math.max(firstIndex, 0),
    expectedCalls: weights.map((weight) => (calls * weight) / total),
  };
}

/**
 * Expected calls of the whole day: Wednesday level x weekday x season x trend x the kind of
 * day. The weekday factor carries the Monday peak; the season carries the summer dip and the
 * group's own peaks.
 */
export function dailyCalls(demand: DemandModel, day: LocalDay): number {
  const weekdayFactor = demand.weekdayFactors[day.weekday] ?? 0;
  const dayOfYear = dayOfYearOf(day.date);
  const years = (Date.UTC(...ymd(day.date)) - TREND_ORIGIN_MS) / MS_PER_YEAR;
  let calls =
    demand.wednesdayCalls *
    weekdayFactor *
    seasonalFactor(demand, dayOfYear) *
    (1 + demand.growthPerYear) ** years;
  if (day.bridgeDay) calls *= BRIDGE_DAY_FACTOR;
  else if (day.kind === 'afterHoliday') calls *= AFTER_HOLIDAY_FACTOR;
  else if (day.kind === 'shortDay') calls *= SHORT_DAY_FACTOR;
  return calls;
}

/** Season relative to an ordinary autumn day: the summer dip times the group's bumps. */
export function seasonalFactor(
  demand: Pick<DemandModel, 'summerDip' | 'bumps'>,
  dayOfYear: number,
): number {
  // A flat-topped curve, exp(-z^4/2): July is uniformly quiet, June and August ramp.
  const z = (dayOfYear - SUMMER_PEAK_DAY) / SUMMER_HALF_WIDTH_DAYS;
  let factor = 1 - demand.summerDip * Math.exp(-0.5 * z ** 4);
  let bumps = 1;
  for (const bump of [...demand.bumps, CHRISTMAS_WEEK]) {
    const distance = Math.abs(dayOfYear - bump.peakDayOfYear);
    const wrapped = Math.min(distance, 365 - distance) / bump.widthDays;
    bumps += bump.amplitude * Math.exp(-0.5 * wrapped * wrapped);
  }
  factor *= bumps;
  return factor;
}

/**
 * The relative weight of a quarter starting at `minute`: a morning peak around nine, a dip
 * over lunch and a smaller peak after it, plus the callers who were waiting for the lines to
 * open.
 */
function intradayWeight(demand: DemandModel, minute: number, opening: boolean): number {
  const middle = minute + INTERVAL_MINUTES / 2;
  const weight =
    0.45 +
    gauss(middle, demand.morningPeakMinute, 75) +
    0.55 * gauss(middle, 13 * 60 + 20, 60) -
    0.2 * gauss(middle, 12 * 60 + 15, 25);
  return opening ? weight * 1.35 : weight;
}

function gauss(x: number, mean: number, sd: number): number {
  const z = (x - mean) / sd;
  return Math.exp(-0.5 * z * z);
}

function ymd(date: string): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))];
}

export function dayOfYearOf(date: string): number {
  const [year, month, day] = ymd(date);
  return (Date.UTC(year, month, day) - Date.UTC(year, 0, 1)) / 86_400_000 + 1;
}

let lastDay: LocalDay | undefined;

/**
 * Expected (noise-free) offered calls of an answer group in the quarter starting at
 * `intervalStartMs`: the mean the history's Poisson counts are drawn from, so a perfect
 * forecast. 0 when the group is closed then or the instant is not a quarter start.
 */
export function demoExpectedCalls(answerGroupId: string, intervalStartMs: number): number {
  const definition = answerGroupDefinition(answerGroupId);
  // Callers walk through time in order; remembering the last day skips a time-zone lookup.
  const day =
    lastDay && intervalStartMs >= (lastDay.starts[0] ?? 0) && intervalStartMs < lastDay.endMs
      ? lastDay
      : localDay(localDateOf(intervalStartMs, TIME_ZONE));
  lastDay = day;
  const { firstIndex, expectedCalls } = groupDay(definition, day);
  const index = day.starts.indexOf(intervalStartMs, firstIndex);
  if (index < 0) return 0;
  return expectedCalls[index - firstIndex] ?? 0;
}
