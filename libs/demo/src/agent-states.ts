import type { ActivityType, AgentState, AgentStateEvent, ScheduledShift } from '@bemanna/adherence';
import { formatLocalIso, parseIsoWithOffset } from '@bemanna/calendar';
import { DemoInputError } from './demo-input-error';
import { DEFAULT_DEMO_SEED } from './history';
import { mixSeed, mulberry32, type Random } from './random';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
/** However long the last call runs, nothing lies further than this outside its shift. */
const SHIFT_MARGIN = 15 * MINUTE;
/** Roughly one agent in ten habitually drifts from the schedule (adherence ~80-88%). */
const POOR_DISCIPLINE_SHARE = 0.1;

/**
 * How an agent keeps to its schedule, drawn once per agent and seed: the same agents top and
 * tail the adherence page day after day, as they do in a real centre.
 */
interface Habits {
  /** Minutes before a switch the agent stops taking calls; calls taken later overrun it. */
  windDownMinutes: number;
  /** Chance of logging in late, going to a break late and coming back late from one. */
  lateChance: number;
  /** Chance, per call, of stepping away (not ready, no reason) instead of waiting ready. */
  asideChance: number;
  /** Mean wait between calls: short for agents on the busy answer groups. */
  readyGapSeconds: number;
  talkSeconds: number;
  /** Some agents log out for lunch, others set not ready with the reason lunch. */
  lunchLoggedOut: boolean;
}

function habitsOf(agentId: string, seed: number): Habits {
  const random = mulberry32(mixSeed(seed, 'agent-state-habits', agentId));
  const poor = random() < POOR_DISCIPLINE_SHARE;
  return {
    windDownMinutes: poor ? uniform(random, 0, 1) : uniform(random, 1, 3),
    lateChance: poor ? uniform(random, 0.6, 0.9) : uniform(random, 0.15, 0.35),
    asideChance: poor ? uniform(random, 0.08, 0.12) : uniform(random, 0.015, 0.03),
    readyGapSeconds: uniform(random, 20, 120),
    talkSeconds: uniform(random, 240, 360),
    lunchLoggedOut: random() < 0.5,
  };
}

/**
 * The ACD's agent states (format B) for the scheduled shifts: login near each shift's start,
 * calls with wrap-up and ready waits in phone time, breaks, lunch and meetings in not ready
 * (lunch sometimes logged out), logout near the end, with each agent's habitual slips (late
 * logins, calls running into breaks, breaks and lunches overrunning, unexplained not ready).
 * Sorted by agent, then start; whole seconds; an agent's spans never overlap and adjacent equal
 * states are merged. Each agent-day has its own seeded stream, so a day's states do not depend
 * on which other shifts are asked for. Cost: O(events log events).
 */
export function demoAgentStates(
  shifts: readonly ScheduledShift[],
  options: { seed?: number },
): AgentStateEvent[] {
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  if (!Number.isInteger(seed)) throw new DemoInputError(`seed ${seed} is not an integer`);
  const habits = new Map<string, Habits>();
  const events: AgentStateEvent[] = [];
  for (const shift of shifts) {
    let agentHabits = habits.get(shift.agentId);
    if (!agentHabits) {
      agentHabits = habitsOf(shift.agentId, seed);
      habits.set(shift.agentId, agentHabits);
    }
    const random = mulberry32(mixSeed(seed, 'agent-states', shift.agentId, shift.start));
    events.push(...workingDay(shift, agentHabits, random));
  }
  events.sort((a, b) =>
    a.agentId === b.agentId ? a.startMs - b.startMs : a.agentId < b.agentId ? -1 : 1,
  );
  // Shifts of one agent less than half an hour apart could overlap by their margins.
  const merged: AgentStateEvent[] = [];
  for (const event of events) {
    const last = merged[merged.length - 1];
    const sameAgent = last?.agentId === event.agentId;
    const startMs = sameAgent ? Math.max(event.startMs, last.endMs) : event.startMs;
    if (event.endMs <= startMs) continue;
    if (
      sameAgent &&
      last.endMs === startMs &&
      last.state === event.state &&
      last.reason === event.reason
    ) {
      last.endMs = event.endMs;
      continue;
    }
    merged.push({ ...event, startMs });
  }
  return merged;
}

/** Events as format B (header, LF endings, trailing newline), local times with offset. */
export function demoAgentStatesCsv(events: readonly AgentStateEvent[], timeZone: string): string {
  const lines = ['agent_id,state,start,end,reason'];
  for (const event of events) {
    const cells = [
      event.agentId,
      event.state,
      formatLocalIso(event.startMs, timeZone),
      formatLocalIso(event.endMs, timeZone),
      event.reason ?? '',
    ];
    lines.push(cells.map(csvCell).join(','));
  }
  return `${lines.join('\n')}\n`;
}

function workingDay(shift: ScheduledShift, habits: Habits, random: Random): AgentStateEvent[] {
  const shiftEndMs = instant(shift.end);
  const latestMs = Math.floor((shiftEndMs + SHIFT_MARGIN) / SECOND) * SECOND;
  const events: AgentStateEvent[] = [];
  const add = (state: AgentState, reason: string | null, startMs: number, endMs: number) => {
    const end = Math.min(endMs, latestMs);
    if (end > startMs) events.push({ agentId: shift.agentId, state, reason, startMs, endMs: end });
  };
  const activities = shift.activities
    .map((activity) => ({
      type: activity.type,
      startMs: instant(activity.start),
      endMs: instant(activity.end),
    }))
    .sort((a, b) => a.startMs - b.startMs);

  // When the agent actually logs in, moves to each activity and logs out.
  const late = (chance: number, from: number, to: number) =>
    random() < chance ? uniform(random, from, to) : 0;
  const switches = activities.map((activity, index) => {
    const before = activities[index - 1]?.type;
    let minutes: number;
    if (!before) minutes = late(habits.lateChance, 1, 10) || -uniform(random, 0, 3);
    else if (before === 'lunch') minutes = late(habits.lateChance / 2, 5, 10);
    else if (before === 'break' || activity.type === 'break') {
      minutes = late(habits.lateChance, 1, 5);
    } else minutes = 0;
    return wholeSecond(activity.startMs + minutes * MINUTE);
  });
  switches.push(wholeSecond(shiftEndMs + uniform(random, -3, 4) * MINUTE));

  const takeCalls = (fromMs: number, toMs: number): number => {
    const lastCallBy = toMs - habits.windDownMinutes * MINUTE;
    let t = fromMs;
    while (t < toMs) {
      if (random() < habits.asideChance) {
        const back = Math.min(toMs, t + seconds(uniform(random, 120, 480)));
        add('not_ready', null, t, back);
        t = back;
        continue;
      }
      const nextCall = t + seconds(exponential(random, habits.readyGapSeconds));
      if (nextCall >= lastCallBy) {
        add('ready', null, t, toMs);
        return toMs;
      }
      add('ready', null, t, nextCall);
      const hangUp = nextCall + seconds(15 + exponential(random, habits.talkSeconds - 15));
      add('talking', null, nextCall, hangUp);
      t = hangUp + seconds(uniform(random, 30, 120));
      add('wrap_up', null, hangUp, t);
    }
    return t;
  };

  let t = switches[0] ?? 0;
  activities.forEach((activity, index) => {
    const fromMs = Math.max(t, switches[index] ?? t);
    const toMs = switches[index + 1] ?? fromMs;
    if (activity.type === 'phone') {
      t = takeCalls(fromMs, toMs);
      return;
    }
    const [state, reason] = notReadyFor(activity.type, habits);
    add(state, reason, fromMs, toMs);
    t = Math.max(fromMs, toMs);
  });
  // Logged out is what no state means: a shift neither opens nor closes with it.
  while (events[0]?.state === 'logged_out') events.shift();
  while (events[events.length - 1]?.state === 'logged_out') events.pop();
  return events;
}

function notReadyFor(activity: ActivityType, habits: Habits): [AgentState, string | null] {
  if (activity === 'lunch' && habits.lunchLoggedOut) return ['logged_out', null];
  return ['not_ready', activity];
}

function instant(text: string): number {
  const ms = parseIsoWithOffset(text);
  if (ms === undefined) throw new DemoInputError(`"${text}" is not ISO 8601 with offset`);
  return ms;
}

const wholeSecond = (ms: number) => Math.round(ms / SECOND) * SECOND;
/** A duration in whole seconds, never zero, so every span ends after it starts. */
const seconds = (value: number) => Math.max(1, Math.round(value)) * SECOND;
const uniform = (random: Random, from: number, to: number) => from + (to - from) * random();
// 1 - u keeps the logarithm finite: random() may return 0 but never 1.
const exponential = (random: Random, mean: number) => -Math.log(1 - random()) * mean;

function csvCell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
