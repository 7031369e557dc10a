import { formatLocalIso } from '@bemanna/calendar';
import { type ServiceLevelTable, answeredAt, buildServiceLevelTable } from './service-level-table';
import type {
  Activity,
  Scenario,
  Schedule,
  WrittenDayReport,
  WrittenQueue,
  WrittenQueueReport,
} from './types';
import { parseInstant } from './validate-scenario';
import { phoneAgentsOf } from './evaluate-schedule';
import { type WeekGrid, buildWeekGrid } from './week-grid';

const MINUTE_MS = 60_000;
const MONDAY_TO_FRIDAY = [0, 1, 2, 3, 4];

/**
 * Backoffice for a written queue is placed in blocks of about this length: shorter, and an
 * agent switches between phone and inbox too often to get through a case.
 */
const BLOCK_MINUTES = 30;

/** In a shift's interval: backoffice without a queue (free to give), or nothing to give. */
const FREE = -2;
const NONE = -1;

/** Cases of one arrival day, with the calendar days (0 = Monday, 7+ = next week) they count on. */
interface CaseBatch {
  amount: number;
  /** First day they may be worked. */
  release: number;
  deadline: number;
  /** Whether this week answers for them (false: due next week, worked ahead if at all). */
  due: boolean;
}

export function workingDaysOf(queue: WrittenQueue): number[] {
  return [...new Set(queue.workingDays ?? MONDAY_TO_FRIDAY)].sort((x, y) => x - y);
}

/**
 * The week's cases as batches. A day's cases belong to the first working day at or after it
 * and are due at the end of the working day `answerWithinWorkingDays` later. Steady state:
 * last week's cases due this week are the same as this week's due next week, waiting at the
 * week's start; that is the most that can be left over if every week meets its deadlines.
 */
function caseBatches(queue: WrittenQueue): CaseBatch[] {
  const working = workingDaysOf(queue);
  const n = working.length;
  const within = queue.answerWithinWorkingDays;
  const batches: CaseBatch[] = [];
  for (let day = 0; day < 7; day++) {
    const amount = queue.cases[day] ?? 0;
    if (amount <= 0) continue;
    let position = working.findIndex((w) => w >= day);
    if (position < 0) position = n;
    const due = position + within;
    if (due < n) batches.push({ amount, release: day, deadline: working[due]!, due: true });
    else {
      batches.push({ amount, release: 0, deadline: working[due - n]!, due: true });
      batches.push({ amount, release: day, deadline: 7 + working[due - n]!, due: false });
    }
  }
  return batches;
}

interface Outcome {
  /** Per day: cases due that day answered by its end. */
  inTime: number[];
  /** Per day: cases released and open at its end. */
  backlog: number[];
}

/**
 * Works the batches day by day, earliest deadline first (oldest first, as an inbox is
 * answered: a case already late still goes before a newer one).
 */
function workBatches(batches: CaseBatch[], handleMinutes: number, minutes: number[]): Outcome {
  const open = batches
    .map((batch) => ({ ...batch, left: batch.amount }))
    .sort((x, y) => x.deadline - y.deadline || x.release - y.release);
  const inTime = new Array<number>(7).fill(0);
  const backlog = new Array<number>(7).fill(0);
  for (let day = 0; day < 7; day++) {
    let capacity = (minutes[day] ?? 0) / handleMinutes;
    for (const batch of open) {
      if (capacity <= 1e-12) break;
      if (batch.release > day || batch.left <= 0) continue;
      const done = Math.min(capacity, batch.left);
      batch.left -= done;
      capacity -= done;
      if (batch.due && day <= batch.deadline) inTime[batch.deadline]! += done;
    }
    for (const batch of open) if (batch.release <= day) backlog[day]! += batch.left;
  }
  return { inTime, backlog };
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** A written queue's week given the backoffice minutes worked for it each day. */
export function writtenQueueReport(
  queue: WrittenQueue,
  dates: string[],
  minutes: number[],
): WrittenQueueReport {
  const batches = caseBatches(queue);
  const { inTime, backlog } = workBatches(batches, queue.handleMinutes, minutes);
  const working = new Set(workingDaysOf(queue));
  const days: WrittenDayReport[] = dates.map((date, day) => {
    const casesDue = sum(batches.filter((b) => b.due && b.deadline === day).map((b) => b.amount));
    return {
      date,
      working: working.has(day),
      cases: queue.cases[day] ?? 0,
      casesDue,
      answeredInTime: inTime[day]!,
      scheduledMinutes: minutes[day] ?? 0,
      requiredMinutes: casesDue * queue.handleMinutes,
      backlog: backlog[day]!,
    };
  });
  const casesDue = sum(days.map((d) => d.casesDue));
  const answeredInTime = sum(inTime);
  return {
    writtenQueue: queue.id,
    days,
    casesDue,
    answeredInTime,
    shareInTime: casesDue > 0 ? answeredInTime / casesDue : 1,
    requiredMinutes: casesDue * queue.handleMinutes,
    scheduledMinutes: sum(minutes),
  };
}

/** Backoffice minutes per written queue (scenario order) and day of the week. */
export function writtenMinutesOf(scenario: Scenario, grid: WeekGrid, schedule: Schedule) {
  const index = new Map((scenario.writtenQueues ?? []).map((q, i) => [q.id, i]));
  const minutes = (scenario.writtenQueues ?? []).map(() => new Array<number>(7).fill(0));
  for (const shift of schedule.shifts) {
    for (const activity of shift.activities) {
      const q = activity.writtenQueue === undefined ? undefined : index.get(activity.writtenQueue);
      if (activity.type !== 'backoffice' || q === undefined) continue;
      const startMs = parseInstant(activity.start);
      const t = Math.floor((startMs - grid.weekStartMs) / grid.intervalMs);
      const day = grid.dayOf[Math.min(Math.max(t, 0), grid.size - 1)]!;
      minutes[q]![day]! += (parseInstant(activity.end) - startMs) / MINUTE_MS;
    }
  }
  return minutes;
}

interface Block {
  shift: number;
  /** First interval of the week. */
  first: number;
  day: number;
  /** Written queues (scenario order) the agent may work. */
  queues: number[];
  /** The answer group each interval's phone serves, or FREE. */
  groups: number[];
  /** Overlapped by a chosen block of the same shift (or chosen itself). */
  taken: boolean;
  /** The queue it went to, once chosen. */
  chosen?: number;
}

/**
 * Turns phone time into backoffice for the written queues, so that their cases are answered
 * in time at the least cost in calls answered within target. Candidates are blocks of about
 * 30 minutes on the interval grid, wholly on the phone or on backoffice without a queue (an
 * agent whose groups are closed, which costs nothing), of agents skilled in a queue; each
 * step takes the block that loses the fewest answered calls (Erlang C table look-ups at the
 * staffing as it now stands) per case-minute it brings in on time, until no block brings
 * any. Backoffice the schedule already gives a queue counts, so this tops up what is missing
 * (after sick leave, say) and adds nothing to a schedule placed before. Cases due next week
 * are not worked ahead. For fixed costs this greedy is optimal
 * (blocks that can be matched to cases in their windows form a transversal matroid); taking
 * an agent off a group makes the next one dearer, as the service-level curve is concave above
 * its cliff, which the greedy follows by re-pricing after every step.
 */
export function placeWrittenWork(
  scenario: Scenario,
  schedule: Schedule,
  prepared?: { grid: WeekGrid; table: ServiceLevelTable },
): Schedule {
  const queues = scenario.writtenQueues ?? [];
  if (queues.length === 0) return schedule;
  const grid = prepared?.grid ?? buildWeekGrid(scenario);
  const table = prepared?.table ?? buildServiceLevelTable(scenario, grid);
  const length = Math.max(1, Math.round(BLOCK_MINUTES / scenario.intervalMinutes));
  const blockMinutes = length * scenario.intervalMinutes;
  const staffing = phoneAgentsOf(scenario, grid, schedule);
  const groupIndex = new Map(scenario.answerGroups.map((g, i) => [g.id, i]));
  const agents = new Map(scenario.agents.map((agent) => [agent.id, agent]));
  const blocks: Block[] = [];
  schedule.shifts.forEach((shift, s) => {
    const skills = agents.get(shift.agentId)?.skills ?? [];
    const mine = queues.flatMap((q, i) => (skills.includes(q.id) ? [i] : []));
    if (mine.length === 0) return;
    // What each whole interval of the shift can give: the phone group it serves, FREE for
    // backoffice with no queue yet (the agent's groups are closed), NONE for anything else.
    const first = Math.round((parseInstant(shift.start) - grid.weekStartMs) / grid.intervalMs);
    const last = Math.round((parseInstant(shift.end) - grid.weekStartMs) / grid.intervalMs);
    const phone = new Array<number>(Math.max(0, last - first)).fill(NONE);
    for (const activity of shift.activities) {
      const g =
        activity.type === 'phone'
          ? groupIndex.get(activity.answerGroup ?? '')
          : activity.type === 'backoffice' && activity.writtenQueue === undefined
            ? FREE
            : undefined;
      if (g === undefined) continue;
      const from = Math.ceil((parseInstant(activity.start) - grid.weekStartMs) / grid.intervalMs);
      const to = Math.floor((parseInstant(activity.end) - grid.weekStartMs) / grid.intervalMs);
      for (let t = Math.max(from, first); t < Math.min(to, last); t++) phone[t - first] = g;
    }
    for (let offset = 0; offset + length <= phone.length; offset++) {
      const groups = phone.slice(offset, offset + length);
      if (groups.includes(NONE)) continue;
      const t = first + offset;
      blocks.push({ shift: s, first: t, day: grid.dayOf[t]!, queues: mine, groups, taken: false });
    }
  });

  const batches = queues.map(caseBatches);
  // What the schedule already gives the queues counts: placing tops it up (after sick leave
  // took some), and placing again adds nothing.
  const minutes = writtenMinutesOf(scenario, grid, schedule);
  const onTime = (q: number) =>
    sum(workBatches(batches[q]!, queues[q]!.handleMinutes, minutes[q]!).inTime);
  // gain[q][day]: case-minutes brought in on time by one more block that day.
  const gain = queues.map((_, q) => gainsOf(q));
  function gainsOf(q: number): number[] {
    const before = onTime(q);
    return minutes[q]!.map((_, day) => {
      minutes[q]![day]! += blockMinutes;
      const after = onTime(q);
      minutes[q]![day]! -= blockMinutes;
      return (after - before) * queues[q]!.handleMinutes;
    });
  }
  const overlaps = (a: Block, b: Block) => a.first < b.first + length && b.first < a.first + length;
  for (;;) {
    let best: { block: Block; queue: number } | null = null;
    let bestScore = Number.POSITIVE_INFINITY;
    for (const block of blocks) {
      if (block.taken) continue;
      let cost = 0;
      for (let i = 0; i < length; i++) {
        const g = block.groups[i]!;
        if (g === FREE) continue;
        const t = block.first + i;
        const n = staffing[g]![t]!;
        cost += answeredAt(table, g, t, n) - answeredAt(table, g, t, n - 1);
      }
      for (const q of block.queues) {
        const brought = gain[q]![block.day]!;
        if (brought <= 1e-9) continue;
        const score = cost / brought;
        if (score < bestScore) {
          bestScore = score;
          best = { block, queue: q };
        }
      }
    }
    if (!best) break;
    const { block, queue } = best;
    for (const other of blocks)
      if (other.shift === block.shift && overlaps(other, block)) other.taken = true;
    for (let i = 0; i < length; i++)
      if (block.groups[i] !== FREE) staffing[block.groups[i]!]![block.first + i]!--;
    minutes[queue]![block.day]! += blockMinutes;
    gain[queue] = gainsOf(queue);
    block.chosen = queue;
  }

  const spansOf = new Map<number, { startMs: number; endMs: number; writtenQueue: string }[]>();
  for (const block of blocks) {
    if (block.chosen === undefined) continue;
    const spans = spansOf.get(block.shift) ?? [];
    spans.push({
      startMs: grid.weekStartMs + block.first * grid.intervalMs,
      endMs: grid.weekStartMs + (block.first + length) * grid.intervalMs,
      writtenQueue: queues[block.chosen]!.id,
    });
    spansOf.set(block.shift, spans);
  }
  if (spansOf.size === 0) return schedule;
  return {
    shifts: schedule.shifts.map((shift, s) => {
      const spans = spansOf.get(s);
      return spans
        ? { ...shift, activities: overlayBackoffice(shift.activities, spans, grid.timeZone) }
        : shift;
    }),
  };
}

/**
 * The activities with the spans made backoffice for their queues (the spans lie on work), and
 * neighbours of the same kind joined, so the activities still cover the shift exactly.
 */
function overlayBackoffice(
  activities: Activity[],
  spans: { startMs: number; endMs: number; writtenQueue: string }[],
  timeZone: string,
): Activity[] {
  const pieces: { activity: Activity; startMs: number; endMs: number }[] = [];
  const push = (activity: Activity, startMs: number, endMs: number) => {
    if (endMs <= startMs) return;
    const previous = pieces[pieces.length - 1];
    if (
      previous &&
      previous.endMs === startMs &&
      previous.activity.type === activity.type &&
      previous.activity.answerGroup === activity.answerGroup &&
      previous.activity.writtenQueue === activity.writtenQueue
    ) {
      previous.endMs = endMs;
    } else pieces.push({ activity, startMs, endMs });
  };
  const sorted = [...spans].sort((x, y) => x.startMs - y.startMs);
  for (const activity of activities) {
    let cursor = parseInstant(activity.start);
    const endMs = parseInstant(activity.end);
    for (const span of sorted) {
      if (span.endMs <= cursor || span.startMs >= endMs) continue;
      push(activity, cursor, Math.max(cursor, span.startMs));
      const to = Math.min(endMs, span.endMs);
      push(
        { type: 'backoffice', start: '', end: '', writtenQueue: span.writtenQueue },
        Math.max(cursor, span.startMs),
        to,
      );
      cursor = to;
    }
    push(activity, cursor, endMs);
  }
  return pieces.map(({ activity, startMs, endMs }) => ({
    ...activity,
    start: formatLocalIso(startMs, timeZone),
    end: formatLocalIso(endMs, timeZone),
  }));
}
