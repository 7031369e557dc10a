import { TIME_ZONE } from '../../lib/dates';
import {
  ACTIVITY_COLOURS,
  groupColour,
  hourTicks,
  layoutDays,
  segmentIn,
  type TimeWindow,
  windowOfRules,
} from '../schedules/timeline';
import { clockOf, formatZonedIso, minutesOfClock } from '../schedules/zoned-time';
import type {
  AdherenceException,
  AgentDayDetail,
  AgentState,
  AgentStateSpan,
  ScheduledActivity,
} from './types';

/** The working day shown when the agent neither had a shift nor logged in. */
const DEFAULT_WINDOW: TimeWindow = { fromMinutes: 7 * 60, toMinutes: 18 * 60 };

/**
 * Phone time, scheduled or taken, in the schedule page's colour for the phone (its first
 * answer group's): states know no answer group.
 */
const PHONE_COLOUR = groupColour(0);

/**
 * States in the colour of the activity they keep to, so the two lanes match where the agent
 * kept to the schedule: the phone's in shades of its blue, not ready without a reason in
 * back-office grey, logged out pale.
 */
const STATE_COLOURS: Record<AgentState, string> = {
  ready: '#8fbbe6',
  talking: PHONE_COLOUR,
  wrap_up: '#5b97d6',
  not_ready: ACTIVITY_COLOURS.backoffice,
  logged_out: '#e3e8ec',
};

/** Every state, in the order the legend lists them. */
export const AGENT_STATES = Object.keys(STATE_COLOURS) as AgentState[];

const isActivityReason = (reason: string | null): reason is keyof typeof ACTIVITY_COLOURS =>
  reason !== null && Object.hasOwn(ACTIVITY_COLOURS, reason);

/** A state's colour; not ready with an activity's name as reason takes that activity's. */
export function stateColour(state: AgentState, reason: string | null): string {
  return state === 'not_ready' && isActivityReason(reason)
    ? ACTIVITY_COLOURS[reason]
    : STATE_COLOURS[state];
}

/** A scheduled activity's colour, as the schedule page draws it. */
export function scheduledColour(type: ScheduledActivity['type']): string {
  return type === 'phone' ? PHONE_COLOUR : ACTIVITY_COLOURS[type];
}

/** Placed in the day's window: `left` and `width` in percent of its width. */
export interface LaneBar<Item> {
  item: Item;
  left: number;
  width: number;
}

export interface DayTimeline {
  ticks: { left: number; label: string }[];
  scheduled: LaneBar<ScheduledActivity>[];
  actual: LaneBar<AgentStateSpan>[];
  exceptions: LaneBar<AdherenceException>[];
  /** Where the imported states end (percent), the rest of the window not known yet; null if none of it. */
  notImportedFrom: number | null;
}

/** Wall-clock minutes of an instant into `date`: 0 before the day, 1440 after it. */
function minutesInto(date: string, instant: string, timeZone: string): number {
  const local = formatZonedIso(Date.parse(instant), timeZone);
  const day = local.slice(0, 10);
  if (day !== date) return day < date ? 0 : 24 * 60;
  return minutesOfClock(local.slice(11, 16));
}

/**
 * The part of the day to draw: an hour either side of the shift and of the time logged in
 * (whole hours), the way the schedule page frames its working day.
 */
export function dayWindow(detail: AgentDayDetail, timeZone: string = TIME_ZONE): TimeWindow {
  const spans = [
    ...detail.activities,
    ...detail.states.filter((span) => span.state !== 'logged_out'),
  ];
  if (spans.length === 0) return DEFAULT_WINDOW;
  const from = Math.min(...spans.map((span) => minutesInto(detail.date, span.start, timeZone)));
  const to = Math.max(...spans.map((span) => minutesInto(detail.date, span.end, timeZone)));
  return windowOfRules({ earliestStart: clockOf(from), latestEnd: clockOf(to) });
}

/**
 * The agent's day as two lanes over its window, Schema (the activities) and Faktiskt (the
 * states, with the exceptions marked), and the hours along them. Placed by instants, so a
 * DST day keeps its true lengths.
 */
export function dayTimeline(detail: AgentDayDetail, timeZone: string = TIME_ZONE): DayTimeline {
  // One pixel a minute, then as percentages: the timeline stretches to the card's width.
  const [column] = layoutDays([detail.date], dayWindow(detail, timeZone), 1, 0, timeZone);
  if (!column) throw new Error('A day always has a column');
  const percent = (minutes: number) => (minutes / column.width) * 100;
  const place = <Item extends { start: string; end: string }>(items: Item[]) =>
    items.flatMap((item) => {
      const segment = segmentIn(column, Date.parse(item.start), Date.parse(item.end), 1);
      return segment ? [{ item, left: percent(segment.x), width: percent(segment.width) }] : [];
    });
  const coveredUntil = detail.coveredUntil ? Date.parse(detail.coveredUntil) : column.startMs;
  return {
    ticks: hourTicks([column], 1, timeZone).map((tick) => ({
      left: percent(tick.x),
      label: tick.label,
    })),
    scheduled: place(detail.activities),
    actual: place(detail.states),
    exceptions: place(detail.exceptions),
    notImportedFrom:
      coveredUntil >= column.endMs
        ? null
        : percent((Math.max(coveredUntil, column.startMs) - column.startMs) / 60_000),
  };
}
