import { type LocalDate, localDateOf } from '@bemanna/calendar';
import {
  type ActivityType,
  type AgentState,
  type AgentStateEvent,
  isAdherent,
  isPhoneState,
  isWorking,
} from './agent-states';

/** A scheduled activity, as the schedule format writes it (ISO 8601 with offset). */
export interface ScheduledActivity {
  type: ActivityType;
  start: string;
  end: string;
  /** The answer group a phone activity serves. */
  answerGroup?: string;
}

/** A scheduled shift whose activities cover it exactly, as the schedule format writes it. */
export interface ScheduledShift {
  agentId: string;
  start: string;
  end: string;
  activities: readonly ScheduledActivity[];
}

export interface TimeSpan {
  startMs: number;
  endMs: number;
}

export interface AdherenceInput {
  shifts: readonly ScheduledShift[];
  states: readonly AgentStateEvent[];
  /**
   * The periods the imported state files cover. Inside them an agent without a state is logged
   * out (a no-show is out of adherence); outside them nothing is known and nothing is counted.
   */
  covered: readonly TimeSpan[];
  /**
   * Periods covered for some agents only, beside `covered`: a file that corrects a few agents'
   * states says nothing of the others.
   */
  coveredForAgent?: ReadonlyMap<string, readonly TimeSpan[]>;
  timeZone: string;
  /** Length of the phone-staffing intervals (default 15); must divide the zone's UTC offset. */
  intervalMinutes?: number;
  /** Out-of-adherence spans shorter than this are not listed (default 5); all are counted. */
  exceptionMinutes?: number;
}

/** Minutes that add up over agents and days; ratios follow from them ({@link adherenceRatios}). */
export interface AdherenceTotals {
  /** Covered minutes of scheduled shifts, lunch included. */
  scheduledMinutes: number;
  /** Of those, minutes in a state that keeps to the scheduled activity. */
  adherentMinutes: number;
  phoneScheduledMinutes: number;
  /** Scheduled phone minutes spent ready, talking or in wrap-up. */
  phoneAdherentMinutes: number;
  /** Covered scheduled minutes outside lunch (the paid time). */
  paidScheduledMinutes: number;
  /**
   * Minutes worked: logged in and not at lunch, inside a shift or not, and scheduled breaks
   * taken logged out (they are paid).
   */
  workedMinutes: number;
  /** Of the worked minutes, those outside any scheduled shift. */
  unscheduledWorkMinutes: number;
}

/** A span out of adherence: what was scheduled (null: no shift) and the state instead. */
export interface AdherenceException {
  startMs: number;
  endMs: number;
  activity: ActivityType | null;
  state: AgentState;
  reason: string | null;
}

/** One agent's day: its shift belongs to the day it starts on. */
export interface AgentDayAdherence extends AdherenceTotals {
  agentId: string;
  date: LocalDate;
  exceptions: AdherenceException[];
}

/** Scheduled against actual phone staffing in one interval, in agents (minutes / length). */
export interface PhoneInterval {
  startMs: number;
  scheduledAgents: number;
  phoneAgents: number;
}

/**
 * One answer group's scheduled phone agents in an interval, and how many of them were on the
 * phone then (ready, talking or in wrap-up while scheduled to serve the group).
 */
export interface GroupPhoneInterval {
  answerGroupId: string;
  startMs: number;
  scheduledAgents: number;
  phoneAgents: number;
}

export interface AdherenceResult {
  /** Sorted by agent, then date; agent-days with covered shifts or unscheduled work. */
  agentDays: AgentDayAdherence[];
  /** Intervals with covered scheduled or actual phone time, in time order. */
  intervals: PhoneInterval[];
  /** Per answer group, intervals with covered phone time scheduled for it, in time order. */
  groupIntervals: GroupPhoneInterval[];
}

const MINUTE = 60_000;

export function emptyTotals(): AdherenceTotals {
  return {
    scheduledMinutes: 0,
    adherentMinutes: 0,
    phoneScheduledMinutes: 0,
    phoneAdherentMinutes: 0,
    paidScheduledMinutes: 0,
    workedMinutes: 0,
    unscheduledWorkMinutes: 0,
  };
}

/** The totals alone, from a row that carries more (an agent's day: its date, its exceptions). */
export function totalsOf(row: AdherenceTotals): AdherenceTotals {
  const totals = emptyTotals();
  for (const key of Object.keys(totals) as (keyof AdherenceTotals)[]) totals[key] = row[key];
  return totals;
}

/** The sum of totals, e.g. a team's day from its agents' days. */
export function sumTotals(rows: readonly AdherenceTotals[]): AdherenceTotals {
  const sum = emptyTotals();
  for (const row of rows) {
    for (const key of Object.keys(sum) as (keyof AdherenceTotals)[]) sum[key] += row[key];
  }
  return sum;
}

/**
 * Adherence (minutes in adherence over scheduled minutes), phone adherence (scheduled phone
 * minutes in a phone state) and conformance (worked over paid scheduled minutes, above 1 when
 * agents work beyond their schedule); null when nothing was scheduled.
 */
export function adherenceRatios(totals: AdherenceTotals): {
  adherence: number | null;
  phoneAdherence: number | null;
  conformance: number | null;
} {
  const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : null);
  return {
    adherence: ratio(totals.adherentMinutes, totals.scheduledMinutes),
    phoneAdherence: ratio(totals.phoneAdherentMinutes, totals.phoneScheduledMinutes),
    conformance: ratio(totals.workedMinutes, totals.paidScheduledMinutes),
  };
}

interface TimedActivity extends TimeSpan {
  type: ActivityType;
  answerGroup: string | undefined;
  date: LocalDate;
}

/**
 * Compares each agent's states with its scheduled activities minute by minute (to the
 * millisecond, in fact): which activity was scheduled, which state the agent was in, and
 * whether the one keeps to the other ({@link isAdherent}). Cost: O(n log n) in shifts' activities,
 * states and covered periods.
 */
export function computeAdherence(input: AdherenceInput): AdherenceResult {
  const intervalMs = (input.intervalMinutes ?? 15) * MINUTE;
  const exceptionMs = (input.exceptionMinutes ?? 5) * MINUTE;
  const coveredForAll = mergeSpans(input.covered);
  const dateOf = memoisedDateOf(input.timeZone);

  const activitiesByAgent = new Map<string, TimedActivity[]>();
  for (const shift of input.shifts) {
    const date = dateOf(Date.parse(shift.start));
    const list = activitiesByAgent.get(shift.agentId) ?? [];
    for (const activity of shift.activities) {
      list.push({
        type: activity.type,
        answerGroup: activity.answerGroup,
        startMs: Date.parse(activity.start),
        endMs: Date.parse(activity.end),
        date,
      });
    }
    activitiesByAgent.set(shift.agentId, list);
  }
  const statesByAgent = new Map<string, AgentStateEvent[]>();
  for (const state of input.states) {
    const list = statesByAgent.get(state.agentId) ?? [];
    list.push(state);
    statesByAgent.set(state.agentId, list);
  }

  const agentDays: AgentDayAdherence[] = [];
  // Agents per interval in two flat arrays from the earliest interval anything touches: a map
  // of interval objects cost more than the rest of the sweep.
  let firstMs = Number.POSITIVE_INFINITY;
  let lastMs = Number.NEGATIVE_INFINITY;
  for (const spans of [...activitiesByAgent.values(), ...statesByAgent.values()]) {
    for (const span of spans) {
      firstMs = Math.min(firstMs, span.startMs);
      lastMs = Math.max(lastMs, span.endMs);
    }
  }
  const origin = Number.isFinite(firstMs) ? Math.floor(firstMs / intervalMs) : 0;
  const slots = Number.isFinite(lastMs) ? Math.ceil(lastMs / intervalMs) - origin : 0;
  const scheduledAgents = new Float64Array(slots);
  const phoneAgents = new Float64Array(slots);
  const touched = new Uint8Array(slots);
  const groups = new Map<string, { scheduled: Float64Array; onPhone: Float64Array }>();
  const groupArrays = (answerGroupId: string) => {
    let arrays = groups.get(answerGroupId);
    if (!arrays) {
      arrays = { scheduled: new Float64Array(slots), onPhone: new Float64Array(slots) };
      groups.set(answerGroupId, arrays);
    }
    return arrays;
  };
  const addToIntervals = (from: number, to: number, agents: Float64Array) => {
    for (let slot = Math.floor(from / intervalMs); slot * intervalMs < to; slot++) {
      const start = slot * intervalMs;
      const index = slot - origin;
      agents[index] =
        (agents[index] ?? 0) +
        (Math.min(to, start + intervalMs) - Math.max(from, start)) / intervalMs;
      touched[index] = 1;
    }
  };

  const agentIds = [...new Set([...activitiesByAgent.keys(), ...statesByAgent.keys()])].sort();
  for (const agentId of agentIds) {
    const activities = (activitiesByAgent.get(agentId) ?? []).sort((a, b) => a.startMs - b.startMs);
    const states = (statesByAgent.get(agentId) ?? []).sort((a, b) => a.startMs - b.startMs);
    const days = new Map<LocalDate, AgentDayAdherence>();
    const dayOf = (date: LocalDate) => {
      let day = days.get(date);
      if (!day) {
        day = { agentId, date, ...emptyTotals(), exceptions: [] };
        days.set(date, day);
      }
      return day;
    };
    let open: (AdherenceException & { date: LocalDate }) | undefined;
    const closeException = () => {
      if (open && open.endMs - open.startMs >= exceptionMs) {
        const { date, ...exception } = open;
        dayOf(date).exceptions.push(exception);
      }
      open = undefined;
    };

    const extra = input.coveredForAgent?.get(agentId);
    const covered = extra ? mergeSpans([...coveredForAll, ...extra]) : coveredForAll;
    // The edges of the three lists (each sorted and without overlaps), merged as they are
    // walked: a set and a sort of all edges cost more than the comparisons themselves.
    const lists = [activities, states, covered].map((spans) => ({ spans, next: 0 }));
    const edgeAfter = (at: number): number => {
      let earliest = Number.POSITIVE_INFINITY;
      for (const list of lists) {
        const count = list.spans.length * 2;
        while (list.next < count && edgeOf(list.spans, list.next) <= at) list.next++;
        if (list.next < count) earliest = Math.min(earliest, edgeOf(list.spans, list.next));
      }
      return earliest;
    };
    let activityIndex = 0;
    let stateIndex = 0;
    let coveredIndex = 0;
    for (
      let from = edgeAfter(Number.NEGATIVE_INFINITY), to = edgeAfter(from);
      to < Number.POSITIVE_INFINITY;
      from = to, to = edgeAfter(from)
    ) {
      while (coveredIndex < covered.length && (covered[coveredIndex] as TimeSpan).endMs <= from)
        coveredIndex++;
      while (
        activityIndex < activities.length &&
        (activities[activityIndex] as TimeSpan).endMs <= from
      )
        activityIndex++;
      while (stateIndex < states.length && (states[stateIndex] as TimeSpan).endMs <= from)
        stateIndex++;
      const coveredSpan = covered[coveredIndex];
      if (!coveredSpan || coveredSpan.startMs > from) {
        closeException();
        continue;
      }
      const candidate = activities[activityIndex];
      const activity = candidate && candidate.startMs <= from ? candidate : undefined;
      const stateSpan = states[stateIndex];
      const inState = stateSpan && stateSpan.startMs <= from ? stateSpan : undefined;
      const state: AgentState = inState?.state ?? 'logged_out';
      const reason = inState?.reason ?? null;
      if (!activity && state === 'logged_out') {
        closeException();
        continue;
      }
      const minutes = (to - from) / MINUTE;
      const day = dayOf(activity?.date ?? dateOf(from));
      const working = isWorking(state, reason);
      let adherent = false;
      if (activity) {
        adherent = isAdherent(activity.type, state, reason);
        day.scheduledMinutes += minutes;
        if (adherent) day.adherentMinutes += minutes;
        if (activity.type !== 'lunch') day.paidScheduledMinutes += minutes;
        if (working || (activity.type === 'break' && state === 'logged_out')) {
          day.workedMinutes += minutes;
        }
        if (activity.type === 'phone') {
          day.phoneScheduledMinutes += minutes;
          addToIntervals(from, to, scheduledAgents);
          const group = activity.answerGroup ? groupArrays(activity.answerGroup) : undefined;
          if (group) addToIntervals(from, to, group.scheduled);
          if (isPhoneState(state)) {
            day.phoneAdherentMinutes += minutes;
            if (group) addToIntervals(from, to, group.onPhone);
          }
        }
      } else if (working) {
        day.workedMinutes += minutes;
        day.unscheduledWorkMinutes += minutes;
      }
      if (isPhoneState(state)) addToIntervals(from, to, phoneAgents);

      const scheduled = activity?.type ?? null;
      if (adherent) {
        closeException();
      } else if (
        open &&
        open.endMs === from &&
        open.activity === scheduled &&
        open.state === state &&
        open.reason === reason
      ) {
        open.endMs = to;
      } else {
        closeException();
        open = { startMs: from, endMs: to, activity: scheduled, state, reason, date: day.date };
      }
    }
    closeException();
    agentDays.push(...[...days.values()].sort((a, b) => a.date.localeCompare(b.date)));
  }
  const touchedSlots = Array.from(touched, (_, slot) => slot).filter((slot) => touched[slot] === 1);
  return {
    agentDays,
    intervals: touchedSlots.map((slot) => ({
      startMs: (origin + slot) * intervalMs,
      scheduledAgents: scheduledAgents[slot] as number,
      phoneAgents: phoneAgents[slot] as number,
    })),
    groupIntervals: [...groups]
      .sort(([a], [b]) => a.localeCompare(b))
      .flatMap(([answerGroupId, arrays]) =>
        touchedSlots
          .filter((slot) => (arrays.scheduled[slot] as number) > 0)
          .map((slot) => ({
            answerGroupId,
            startMs: (origin + slot) * intervalMs,
            scheduledAgents: arrays.scheduled[slot] as number,
            phoneAgents: arrays.onPhone[slot] as number,
          })),
      ),
  };
}

/** Edge `index` of sorted spans: even indices are starts, odd ones ends. */
function edgeOf(spans: readonly TimeSpan[], index: number): number {
  const span = spans[index >> 1] as TimeSpan;
  return index % 2 === 0 ? span.startMs : span.endMs;
}

/**
 * The first start and last end of spans, or undefined for none. A loop, not `Math.min(...)`: a
 * month's state file has more spans than a call may have arguments.
 */
export function extentOf(spans: readonly TimeSpan[]): TimeSpan | undefined {
  if (spans.length === 0) return undefined;
  let startMs = Number.POSITIVE_INFINITY;
  let endMs = Number.NEGATIVE_INFINITY;
  for (const span of spans) {
    if (span.startMs < startMs) startMs = span.startMs;
    if (span.endMs > endMs) endMs = span.endMs;
  }
  return { startMs, endMs };
}

/** Spans sorted and merged where they touch or overlap. */
export function mergeSpans(spans: readonly TimeSpan[]): TimeSpan[] {
  const merged: TimeSpan[] = [];
  for (const span of [...spans].sort((a, b) => a.startMs - b.startMs)) {
    const last = merged[merged.length - 1];
    if (last && span.startMs <= last.endMs) last.endMs = Math.max(last.endMs, span.endMs);
    else merged.push({ startMs: span.startMs, endMs: span.endMs });
  }
  return merged;
}

/** Local dates by the quarter hour: every zone's offset is a whole number of quarters. */
function memoisedDateOf(timeZone: string): (instantMs: number) => LocalDate {
  const cache = new Map<number, LocalDate>();
  return (instantMs) => {
    const key = Math.floor(instantMs / (15 * MINUTE));
    let date = cache.get(key);
    if (date === undefined) {
      date = localDateOf(instantMs, timeZone);
      cache.set(key, date);
    }
    return date;
  };
}
