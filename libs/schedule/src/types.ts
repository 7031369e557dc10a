import type { RuleDetail } from './rule-details';

/**
 * The scenario and schedule formats of `../shared/CONTRACT.md` section 3, with Bemanna's
 * optional extensions (teams, weekly team meetings, agent preferences). Field names are the
 * contract's; extensions only add optional fields. docs/schedule-scenario.schema.json and
 * docs/schedule.schema.json describe the same shapes as JSON Schema.
 */

/** Local wall-clock time `HH:MM`. */
export type LocalTime = string;

/** Opening hours of one weekday: [open, close) in local time, or null when closed. */
export type OpeningHours = [LocalTime, LocalTime] | null;

export interface ServiceGoal {
  /** Share of calls to answer within the target, 0..1. */
  serviceLevel: number;
  /** Answer-time target in seconds. */
  targetSeconds: number;
}

/** An answer group (svarsgrupp): one queue with its own forecast and handle time. */
export interface AnswerGroup {
  id: string;
  name: string;
  ahtSeconds: number;
  /** Seven entries, Monday first. */
  open: OpeningHours[];
  /** Forecast calls per interval of the week from Monday 00:00 local (668, 672 or 676 at 15 min). */
  calls: number[];
}

export interface Unavailability {
  /** ISO 8601 with offset. */
  start: string;
  end: string;
}

/** Extension: what an agent would like, honoured after service level and fairness. */
export interface AgentPreferences {
  /** Weekdays (0 = Monday ... 6 = Sunday) the agent would rather have off. */
  daysOff?: number[];
  /** Whether the agent would rather start early or finish late. */
  shiftTime?: 'early' | 'late';
}

export interface Agent {
  id: string;
  name: string;
  /** Paid minutes to place this week, already net of planned absence. */
  contractMinutesPerWeek: number;
  /** Answer group ids the agent may take calls for. */
  skills: string[];
  unavailable?: Unavailability[];
  /** Extension: the agent's team, for the weekly team meeting (arbetsplatsträff). */
  teamId?: string;
  /** Extension. */
  preferences?: AgentPreferences;
  /**
   * Extension: when the agent's last shift before this week ends (ISO 8601 with offset, at or
   * before the week's start), so the daily rest holds across the weekend into Monday.
   */
  previousShiftEnd?: string;
  /** Extension: when the agent's first shift after this week starts (at or after its end). */
  nextShiftStart?: string;
}

export interface ScheduleRules {
  /** Allowed shift lengths, start to end, lunch included. */
  shiftLengthsMinutes: number[];
  startGranularityMinutes: number;
  earliestStart: LocalTime;
  latestEnd: LocalTime;
  /** Unpaid; every shift longer than `lunchRequiredAboveMinutes` has exactly one. */
  lunchMinutes: number;
  lunchRequiredAboveMinutes: number;
  /** Length of each paid break. */
  breakMinutes: number;
  maxWorkWithoutBreakMinutes: number;
  /**
   * Extension: no stretch of work (from the start to the first break or lunch, between them,
   * from the last to the end) shorter than this, so nobody pauses right after starting or
   * coming back; default 0, work on both sides of a pause being enough.
   */
  minWorkBetweenBreaksMinutes?: number;
  minDailyRestMinutes: number;
  minWeeklyRestMinutes: number;
  maxDaysPerWeek: number;
  contractToleranceMinutes: number;
}

/** Extension: a weekly team meeting (arbetsplatsträff), the whole team together. */
export interface TeamMeeting {
  teamId: string;
  durationMinutes: number;
  /** Members who miss it (away the day the team can meet); default none. */
  excused?: string[];
  /**
   * Weekdays (0 = Monday) it may be held on; default any. Excused members are away on these
   * days, so present members are never left out of a meeting held on another day.
   */
  weekdays?: number[];
}

/**
 * Extension: a queue of written cases (e-mail, web forms) that agents answer as backoffice
 * work, each case within a number of working days. Agents whose `skills` name its id may work
 * it; they need not take calls for any group.
 */
export interface WrittenQueue {
  id: string;
  name: string;
  /** Minutes of work per case. */
  handleMinutes: number;
  /**
   * Forecast cases arriving per day, seven entries Monday first. Cases arriving on a day the
   * queue is not worked wait for its next working day.
   */
  cases: number[];
  /** Weekdays (0 = Monday) the queue is worked and its deadlines count; default Monday-Friday. */
  workingDays?: number[];
  /**
   * A case is answered in time by the end of this many working days after the one it arrives
   * on: 1 for "within one working day", 0 for the same day.
   */
  answerWithinWorkingDays: number;
}

export interface Scenario {
  /** IANA time zone; `Europe/Stockholm` when absent in the JSON. */
  timezone: string;
  /** Local date (YYYY-MM-DD) of the Monday the week starts. */
  weekStart: string;
  intervalMinutes: number;
  serviceGoal: ServiceGoal;
  answerGroups: AnswerGroup[];
  agents: Agent[];
  rules: ScheduleRules;
  /** Extension: weekly team meetings to place. */
  meetings?: TeamMeeting[];
  /** Extension: written cases to answer as backoffice work, placed where calls miss it least. */
  writtenQueues?: WrittenQueue[];
}

export type ActivityType = 'phone' | 'break' | 'lunch' | 'meeting' | 'training' | 'backoffice';

export interface Activity {
  type: ActivityType;
  /** ISO 8601 with offset. */
  start: string;
  end: string;
  /** Phone only: the answer group served. */
  answerGroup?: string;
  /** Extension, backoffice only: the written queue worked. */
  writtenQueue?: string;
}

export interface Shift {
  agentId: string;
  start: string;
  end: string;
  activities: Activity[];
  /**
   * Extension: paid beyond the contract (mertid for a part-timer, övertid beyond full time),
   * as a planner adds to cover a gap. Its paid minutes do not count against
   * `contractMinutesPerWeek`; every other rule holds for it as for any shift.
   */
  overtime?: boolean;
}

export interface Schedule {
  shifts: Shift[];
}

/** One answer group in one interval, as `evaluate` reports it. */
export interface IntervalReport {
  /** Interval start, ISO 8601 with offset. */
  start: string;
  calls: number;
  open: boolean;
  phoneAgents: number;
  /** Fewest phone agents meeting the service goal (Erlang C). */
  requiredAgents: number;
  /** Erlang C service level with `phoneAgents`; 1 with no calls, 0 with calls and no agents. */
  serviceLevel: number;
}

/** Call-weighted service level and intervals below goal over a span (a day, a week). */
export interface ServiceSummary {
  calls: number;
  /** Call-weighted over the open intervals; 1 when the span has no calls. */
  serviceLevel: number;
  intervalsBelowGoal: number;
}

export interface DaySummary extends ServiceSummary {
  date: string;
}

export interface GroupReport {
  answerGroup: string;
  intervals: IntervalReport[];
  days: DaySummary[];
  week: ServiceSummary;
}

export interface AgentReport {
  agentId: string;
  /** All paid minutes, overtime shifts included. */
  paidMinutes: number;
  contractMinutesPerWeek: number;
  shifts: number;
  /** Extension: the paid minutes of overtime shifts, outside the contract. */
  overtimeMinutes: number;
}

/** The hard rules `evaluate` checks; every broken rule names one of these. */
export type RuleName =
  | 'format'
  | 'activities'
  | 'shiftLength'
  | 'startGranularity'
  | 'earliestStart'
  | 'latestEnd'
  | 'lunch'
  | 'breaks'
  | 'maxWorkWithoutBreak'
  | 'minWorkBetweenBreaks'
  | 'dailyRest'
  | 'weeklyRest'
  | 'daysPerWeek'
  | 'contractMinutes'
  | 'unavailability'
  | 'skills'
  | 'openingHours'
  | 'meeting';

export interface BrokenRule {
  rule: RuleName;
  agentId?: string;
  /** JSON path of the shift or activity at fault, e.g. `$.shifts[3].activities[1]`. */
  path?: string;
  message: string;
  /** What broke it, as a key and values (`RULE_DETAIL_TEXTS`), for messages in other languages. */
  detail?: RuleDetail;
}

export interface FairnessReport {
  /** Per agent counts; `spread` is max - min over agents who work. */
  earlyShifts: { min: number; max: number };
  lateShifts: { min: number; max: number };
  fridayShifts: { min: number; max: number };
}

/** One day of a written queue, as `evaluate` reports it; cases may be fractional. */
export interface WrittenDayReport {
  date: string;
  working: boolean;
  /** Cases arriving this day. */
  cases: number;
  /** Cases whose deadline is the end of this day. */
  casesDue: number;
  /** Of those, cases answered by then. */
  answeredInTime: number;
  /** Minutes of backoffice for this queue scheduled this day. */
  scheduledMinutes: number;
  /** Minutes of work the cases due this day take. */
  requiredMinutes: number;
  /** Cases arrived and not answered at the end of the day. */
  backlog: number;
}

/**
 * A written queue over the week. Steady state: the cases still open at the end of last week
 * are taken to be this week's own last days' (those due next week), due early this week.
 */
export interface WrittenQueueReport {
  writtenQueue: string;
  days: WrittenDayReport[];
  /** Cases due this week (including last week's carried in). */
  casesDue: number;
  answeredInTime: number;
  /** answeredInTime / casesDue, 1 when nothing is due. */
  shareInTime: number;
  requiredMinutes: number;
  scheduledMinutes: number;
}

export interface ScheduleReport {
  week: ServiceSummary;
  days: DaySummary[];
  answerGroups: GroupReport[];
  agents: AgentReport[];
  fairness: FairnessReport;
  /** Preferences not met (days off worked, early/late wishes not met). */
  preferencesUnmet: number;
  /** Extension: each written queue's cases answered in time; empty without queues. */
  writtenQueues: WrittenQueueReport[];
  brokenRules: BrokenRule[];
}
