import { formatLocalIso, localDateOf, localMinuteOfDay } from '@bemanna/calendar';
import { lunchWindow } from './break-placement';
import { type ServiceLevelTable, answeredAt, buildServiceLevelTable } from './service-level-table';
import type {
  ActivityType,
  Agent,
  BrokenRule,
  DaySummary,
  FairnessReport,
  Scenario,
  Schedule,
  ScheduleReport,
  ServiceSummary,
  Shift,
} from './types';
import { attendsMeeting } from './planning-context';
import { type RuleDetail, ruleDetailMessage } from './rule-details';
import { shiftHasLunch } from './shift-types';
import {
  type InputProblem,
  minutesOfLocalTime,
  parseInstant,
  type ValidationResult,
} from './validate-scenario';
import { type WeekGrid, buildWeekGrid, shiftWindowMinutes } from './week-grid';
import { writtenMinutesOf, writtenQueueReport } from './written-work';

const ACTIVITY_TYPES: readonly ActivityType[] = [
  'phone',
  'break',
  'lunch',
  'meeting',
  'training',
  'backoffice',
];

/** Checks the shape of a schedule JSON (fields, types, ISO times); the rules come later. */
export function validateSchedule(json: unknown): ValidationResult<Schedule> {
  const errors: InputProblem[] = [];
  const fail = (path: string, message: string) => errors.push({ path, message });
  const isTime = (value: unknown) =>
    typeof value === 'string' && Number.isFinite(parseInstant(value));
  if (typeof json !== 'object' || json === null || !Array.isArray((json as Schedule).shifts)) {
    return { ok: false, errors: [{ path: '$.shifts', message: 'must be an array of shifts' }] };
  }
  (json as { shifts: unknown[] }).shifts.forEach((s, i) => {
    const path = `$.shifts[${i}]`;
    if (typeof s !== 'object' || s === null) {
      fail(path, 'must be an object');
      return;
    }
    const shift = s as Record<string, unknown>;
    if (typeof shift.agentId !== 'string') fail(`${path}.agentId`, 'must be a string');
    if (!isTime(shift.start)) fail(`${path}.start`, 'must be ISO 8601 with offset');
    if (!isTime(shift.end)) fail(`${path}.end`, 'must be ISO 8601 with offset');
    if (shift.overtime !== undefined && typeof shift.overtime !== 'boolean') {
      fail(`${path}.overtime`, 'must be true or false');
    }
    if (!Array.isArray(shift.activities)) {
      fail(`${path}.activities`, 'must be an array');
      return;
    }
    shift.activities.forEach((a: unknown, j: number) => {
      const activityPath = `${path}.activities[${j}]`;
      if (typeof a !== 'object' || a === null) {
        fail(activityPath, 'must be an object');
        return;
      }
      const activity = a as Record<string, unknown>;
      if (!ACTIVITY_TYPES.includes(activity.type as ActivityType)) {
        fail(`${activityPath}.type`, `must be one of ${ACTIVITY_TYPES.join(', ')}`);
      }
      if (!isTime(activity.start)) fail(`${activityPath}.start`, 'must be ISO 8601 with offset');
      if (!isTime(activity.end)) fail(`${activityPath}.end`, 'must be ISO 8601 with offset');
      if (activity.answerGroup !== undefined && typeof activity.answerGroup !== 'string') {
        fail(`${activityPath}.answerGroup`, 'must be a string');
      }
      if (
        activity.writtenQueue !== undefined &&
        (typeof activity.writtenQueue !== 'string' || activity.type !== 'backoffice')
      ) {
        fail(`${activityPath}.writtenQueue`, 'must be a string, on backoffice only');
      }
    });
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: json as Schedule };
}

interface TimedActivity {
  type: ActivityType;
  startMs: number;
  endMs: number;
  answerGroup: string | undefined;
  writtenQueue: string | undefined;
  path: string;
}

interface TimedShift {
  agentId: string;
  startMs: number;
  endMs: number;
  overtime: boolean;
  path: string;
  activities: TimedActivity[];
}

const MINUTE_MS = 60_000;

/**
 * Every hard rule of the contract (section 3) and Bemanna's readings of them, checked
 * independently of how the schedule was made:
 * - activities cover the shift exactly, in order, without gaps or overlaps;
 * - shift length (start to end, lunch included) is one of `shiftLengthsMinutes`, starts on the
 *   `startGranularityMinutes` grid of the local day, at or after `earliestStart`, and ends by
 *   `latestEnd` on the same local day;
 * - lunch: a shift longer than `lunchRequiredAboveMinutes` has exactly one unpaid lunch of
 *   `lunchMinutes`, starting no earlier than 30% into the shift and ending no later than 70%
 *   (see `lunchWindow`); shorter shifts have none, and no shift has one when `lunchMinutes` is 0;
 * - breaks (paid): each lasts `breakMinutes`, with work before and after it, and every part
 *   of the shift between its ends and the lunch holds exactly one (two breaks in a shift with
 *   lunch, one without); no break is placed when `breakMinutes` is 0;
 * - no stretch of work (anything but break and lunch) longer than `maxWorkWithoutBreakMinutes`,
 *   and in a shift with pauses none shorter than `minWorkBetweenBreaksMinutes` (extension);
 * - `minDailyRestMinutes` between consecutive shifts of an agent, also from `previousShiftEnd`
 *   and to `nextShiftStart` (extension: the weeks around this one); one unbroken rest of
 *   `minWeeklyRestMinutes` inside the week (week start and end count as rest boundaries);
 * - at most `maxDaysPerWeek` working days; paid minutes (shift minus lunch) within
 *   `contractToleranceMinutes` of the contract, also for agents without shifts; shifts marked
 *   `overtime` (extension) are paid outside the contract and do not count;
 * - no shift overlaps the agent's unavailability;
 * - phone activities name a group the agent is skilled in, and only while it is open;
 *   backoffice for a written queue (extension) names a queue the agent is skilled in;
 * - meetings (extension): every member of a team with a meeting has exactly one meeting
 *   activity of its duration, all members at the same time, on one of its `weekdays` if given.
 */
export function checkRules(scenario: Scenario, grid: WeekGrid, schedule: Schedule): BrokenRule[] {
  const broken: BrokenRule[] = [];
  const { rules, timezone } = scenario;
  const window = shiftWindowMinutes(scenario);
  const agents = new Map(scenario.agents.map((a) => [a.id, a]));
  const groupIndex = new Map(scenario.answerGroups.map((g, i) => [g.id, i]));
  const writtenQueueIds = new Set((scenario.writtenQueues ?? []).map((q) => q.id));
  const shiftsOf = new Map<string, TimedShift[]>();
  const report = (
    rule: BrokenRule['rule'],
    detail: RuleDetail,
    agentId?: string,
    path?: string,
  ): void => {
    broken.push({
      rule,
      message: ruleDetailMessage(detail),
      detail,
      ...(agentId ? { agentId } : {}),
      ...(path ? { path } : {}),
    });
  };
  const detail = (key: RuleDetail['key'], values: RuleDetail['values'] = {}): RuleDetail => ({
    key,
    values,
  });

  schedule.shifts.forEach((s, i) => {
    const path = `$.shifts[${i}]`;
    const shift: TimedShift = {
      agentId: s.agentId,
      startMs: parseInstant(s.start),
      endMs: parseInstant(s.end),
      overtime: s.overtime === true,
      path,
      activities: s.activities.map((a, j) => ({
        type: a.type,
        startMs: parseInstant(a.start),
        endMs: parseInstant(a.end),
        answerGroup: a.answerGroup,
        writtenQueue: a.writtenQueue,
        path: `${path}.activities[${j}]`,
      })),
    };
    const agent = agents.get(s.agentId);
    if (!agent) {
      report('format', detail('unknownAgent', { agent: s.agentId }), undefined, `${path}.agentId`);
      return;
    }
    if (!(shift.endMs > shift.startMs)) {
      report('format', detail('shiftEndsBeforeStart'), agent.id, path);
      return;
    }
    if (shift.startMs < grid.weekStartMs || shift.endMs > grid.weekEndMs) {
      report('format', detail('shiftOutsideWeek'), agent.id, path);
      return;
    }
    shiftsOf.set(agent.id, [...(shiftsOf.get(agent.id) ?? []), shift]);
    checkShift(shift, agent);
  });

  function checkShift(shift: TimedShift, agent: Agent): void {
    const { path, activities } = shift;
    const at = (rule: BrokenRule['rule'], what: RuleDetail, where = path) =>
      report(rule, what, agent.id, where);
    let cursor = shift.startMs;
    for (const activity of activities) {
      if (activity.startMs !== cursor || !(activity.endMs > activity.startMs)) {
        at('activities', detail('activitiesGap'), activity.path);
        return;
      }
      cursor = activity.endMs;
    }
    if (cursor !== shift.endMs) {
      at('activities', detail('activitiesEnd'));
      return;
    }

    const lengthMinutes = (shift.endMs - shift.startMs) / MINUTE_MS;
    if (!rules.shiftLengthsMinutes.includes(lengthMinutes)) {
      at(
        'shiftLength',
        detail('shiftLength', {
          length: lengthMinutes,
          allowed: rules.shiftLengthsMinutes.join(', '),
        }),
      );
    }
    const startMinute = localMinuteOfDay(shift.startMs, timezone);
    if (startMinute % rules.startGranularityMinutes !== 0) {
      at('startGranularity', detail('startGranularity', { step: rules.startGranularityMinutes }));
    }
    if (startMinute < window.earliest)
      at('earliestStart', detail('earliestStart', { earliest: rules.earliestStart }));
    const sameDay = localDateOf(shift.startMs, timezone) === localDateOf(shift.endMs - 1, timezone);
    const endMinute = localMinuteOfDay(shift.endMs - 1, timezone) + 1;
    if (!sameDay || endMinute > window.latest)
      at('latestEnd', detail('latestEnd', { latest: rules.latestEnd }));
    for (const span of agent.unavailable ?? []) {
      if (shift.startMs < parseInstant(span.end) && parseInstant(span.start) < shift.endMs) {
        at('unavailability', detail('unavailability', { from: span.start, to: span.end }));
      }
    }

    const lunches = activities.filter((a) => a.type === 'lunch');
    const isInner = (a: TimedActivity) =>
      a !== activities[0] && a !== activities[activities.length - 1];
    if (shiftHasLunch(rules, lengthMinutes)) {
      if (lunches.length !== 1) at('lunch', detail('lunchMissing', { length: lengthMinutes }));
    } else if (lunches.length > 0) {
      at('lunch', detail('lunchNotAllowed', { length: lengthMinutes }));
    }
    for (const lunch of lunches) {
      if ((lunch.endMs - lunch.startMs) / MINUTE_MS !== rules.lunchMinutes) {
        at('lunch', detail('lunchLength', { minutes: rules.lunchMinutes }), lunch.path);
      }
      const window = lunchWindow(scenario, (shift.endMs - shift.startMs) / grid.intervalMs);
      const offset = (lunch.startMs - shift.startMs) / grid.intervalMs;
      if (!isInner(lunch) || offset < window.first || offset > window.last) {
        at('lunch', detail('lunchMiddle'), lunch.path);
      }
    }
    const breaks = activities.filter((a) => a.type === 'break');
    for (const pause of breaks) {
      if ((pause.endMs - pause.startMs) / MINUTE_MS !== rules.breakMinutes) {
        at('breaks', detail('breakLength', { minutes: rules.breakMinutes }), pause.path);
      }
      if (!isInner(pause)) at('breaks', detail('breakInner'), pause.path);
    }
    if (rules.breakMinutes > 0) {
      const lunch = lunches[0];
      const parts = lunch
        ? [
            [shift.startMs, lunch.startMs],
            [lunch.endMs, shift.endMs],
          ]
        : [[shift.startMs, shift.endMs]];
      for (const [from, to] of parts) {
        const count = breaks.filter((b) => b.startMs >= from! && b.endMs <= to!).length;
        if (count !== 1) at('breaks', detail('breaksPerPart', { count }));
      }
    } else if (breaks.length > 0) at('breaks', detail('breaksNone'));

    let workStart = shift.startMs;
    const paused = lunches.length + breaks.length > 0;
    for (const activity of activities) {
      if (activity.type === 'break' || activity.type === 'lunch') {
        checkWorkStretch(workStart, activity.startMs);
        workStart = activity.endMs;
      }
    }
    checkWorkStretch(workStart, shift.endMs);
    function checkWorkStretch(from: number, to: number): void {
      const minutes = (to - from) / MINUTE_MS;
      if (minutes > rules.maxWorkWithoutBreakMinutes) {
        at('maxWorkWithoutBreak', detail('maxWorkWithoutBreak', { minutes }));
      }
      const least = rules.minWorkBetweenBreaksMinutes ?? 0;
      if (paused && minutes < least) {
        at('minWorkBetweenBreaks', detail('minWorkBetweenBreaks', { minutes, least }));
      }
    }

    for (const activity of activities) {
      const queue = activity.writtenQueue;
      if (queue !== undefined && (!writtenQueueIds.has(queue) || !agent.skills.includes(queue))) {
        at('skills', detail('writtenSkills', { queue }), activity.path);
      }
      if (activity.type !== 'phone') continue;
      const g =
        activity.answerGroup === undefined ? undefined : groupIndex.get(activity.answerGroup);
      if (g === undefined || !agent.skills.includes(activity.answerGroup!)) {
        at('skills', detail('skills', { group: activity.answerGroup ?? '' }), activity.path);
        continue;
      }
      const first = Math.floor((activity.startMs - grid.weekStartMs) / grid.intervalMs);
      const last = Math.ceil((activity.endMs - grid.weekStartMs) / grid.intervalMs);
      for (let t = first; t < last; t++) {
        if (!grid.open[g]![t]) {
          at(
            'openingHours',
            detail('openingHours', { group: activity.answerGroup ?? '' }),
            activity.path,
          );
          break;
        }
      }
    }
  }

  for (const agent of scenario.agents) {
    const shifts = (shiftsOf.get(agent.id) ?? []).sort((a, b) => a.startMs - b.startMs);
    let paidMinutes = 0;
    for (const shift of shifts) if (!shift.overtime) paidMinutes += paidMinutesOf(shift);
    if (Math.abs(paidMinutes - agent.contractMinutesPerWeek) > rules.contractToleranceMinutes) {
      report(
        'contractMinutes',
        detail('contractMinutes', {
          paid: paidMinutes,
          contract: agent.contractMinutesPerWeek,
          tolerance: rules.contractToleranceMinutes,
        }),
        agent.id,
      );
    }
    const days = new Set(shifts.map((s) => localDateOf(s.startMs, timezone)));
    if (days.size > rules.maxDaysPerWeek) {
      report(
        'daysPerWeek',
        detail('daysPerWeek', { days: days.size, max: rules.maxDaysPerWeek }),
        agent.id,
      );
    }
    const shortRest = (restMs: number) => restMs < rules.minDailyRestMinutes * MINUTE_MS;
    const restValues = (restMs: number) => ({
      rest: Math.round(restMs / MINUTE_MS),
      min: rules.minDailyRestMinutes,
    });
    // The weekly rest is bounded by the week's start and end; the daily rest reaches into the
    // weeks around it where their shifts are given.
    let longestRestMs = 0;
    let restStart = grid.weekStartMs;
    shifts.forEach((shift, k) => {
      const restMs = shift.startMs - restStart;
      const dailyRestMs =
        k > 0
          ? restMs
          : agent.previousShiftEnd === undefined
            ? Number.POSITIVE_INFINITY
            : shift.startMs - parseInstant(agent.previousShiftEnd);
      if (shortRest(dailyRestMs))
        report('dailyRest', detail('dailyRest', restValues(dailyRestMs)), agent.id, shift.path);
      longestRestMs = Math.max(longestRestMs, restMs);
      restStart = Math.max(restStart, shift.endMs);
    });
    const last = shifts[shifts.length - 1];
    if (last && agent.nextShiftStart !== undefined) {
      const restMs = parseInstant(agent.nextShiftStart) - restStart;
      if (shortRest(restMs))
        report('dailyRest', detail('dailyRestAfter', restValues(restMs)), agent.id, last.path);
    }
    longestRestMs = Math.max(longestRestMs, grid.weekEndMs - restStart);
    if (shifts.length > 0 && longestRestMs < rules.minWeeklyRestMinutes * MINUTE_MS) {
      report(
        'weeklyRest',
        detail('weeklyRest', {
          rest: Math.round(longestRestMs / MINUTE_MS),
          min: rules.minWeeklyRestMinutes,
        }),
        agent.id,
      );
    }
  }

  for (const meeting of scenario.meetings ?? []) {
    const members = scenario.agents.filter((agent) => attendsMeeting(agent, meeting));
    const starts = new Set<number>();
    for (const member of members) {
      const meetings = (shiftsOf.get(member.id) ?? []).flatMap((s) =>
        s.activities.filter((a) => a.type === 'meeting'),
      );
      const matching = meetings.filter(
        (m) => m.endMs - m.startMs === meeting.durationMinutes * MINUTE_MS,
      );
      if (matching.length !== 1) {
        report(
          'meeting',
          detail('meetingMissing', { minutes: meeting.durationMinutes }),
          member.id,
        );
      } else starts.add(matching[0]!.startMs);
    }
    if (starts.size > 1) {
      report('meeting', detail('meetingApart', { team: meeting.teamId, times: starts.size }));
    }
    for (const start of starts) {
      const day = grid.dayOf[Math.floor((start - grid.weekStartMs) / grid.intervalMs)];
      if (day !== undefined && meeting.weekdays && !meeting.weekdays.includes(day)) {
        report('meeting', detail('meetingDay', { team: meeting.teamId, date: grid.dates[day]! }));
      }
    }
  }
  return broken;
}

/** Paid minutes of a shift: its length less the unpaid lunch. */
export function shiftPaidMinutes(shift: Shift): number {
  const lunchMs = shift.activities
    .filter((a) => a.type === 'lunch')
    .reduce((sum, a) => sum + parseInstant(a.end) - parseInstant(a.start), 0);
  return (parseInstant(shift.end) - parseInstant(shift.start) - lunchMs) / MINUTE_MS;
}

function paidMinutesOf(shift: TimedShift): number {
  const lunchMs = shift.activities
    .filter((a) => a.type === 'lunch')
    .reduce((sum, a) => sum + a.endMs - a.startMs, 0);
  return (shift.endMs - shift.startMs - lunchMs) / MINUTE_MS;
}

/**
 * Phone agents per answer group and interval: an agent counts in an interval when one of
 * their phone activities for that group covers the whole interval (activities off the
 * interval grid count only for the intervals they fully cover).
 */
export function phoneAgentsOf(
  scenario: Scenario,
  grid: WeekGrid,
  schedule: Schedule,
): Int32Array[] {
  const counts = scenario.answerGroups.map(() => new Int32Array(grid.size));
  const groupIndex = new Map(scenario.answerGroups.map((g, i) => [g.id, i]));
  for (const shift of schedule.shifts) {
    for (const activity of shift.activities) {
      if (activity.type !== 'phone' || activity.answerGroup === undefined) continue;
      const g = groupIndex.get(activity.answerGroup);
      if (g === undefined) continue;
      const from = Math.ceil((parseInstant(activity.start) - grid.weekStartMs) / grid.intervalMs);
      const to = Math.floor((parseInstant(activity.end) - grid.weekStartMs) / grid.intervalMs);
      for (let t = Math.max(0, from); t < Math.min(grid.size, to); t++) counts[g]![t]!++;
    }
  }
  return counts;
}

/** Weekly call-weighted service level of given phone staffing, by table look-up. */
export function summarise(
  table: ServiceLevelTable,
  staffing: Int32Array[],
  from: number,
  to: number,
  groups: number[],
): ServiceSummary {
  let calls = 0;
  let answered = 0;
  let intervalsBelowGoal = 0;
  for (const g of groups) {
    for (let t = from; t < to; t++) {
      const offered = table.calls[g]![t]!;
      if (offered <= 0) continue;
      calls += offered;
      const agents = staffing[g]![t]!;
      answered += answeredAt(table, g, t, agents);
      if (agents < table.requiredAgents[g]![t]!) intervalsBelowGoal++;
    }
  }
  return { calls, serviceLevel: calls > 0 ? answered / calls : 1, intervalsBelowGoal };
}

/**
 * Shift classes for fairness and wishes, as planners name them: an early shift opens (starts
 * by the first opening that day of the groups `skills` names, or within the first hour the
 * rules allow), a late one closes (ends at or after their last closing, or within the last
 * hour allowed). Without the opening hours a centre closing at 16:30 under rules allowing work
 * until 18:00 would have no late shifts at all, and a wish for them could never be met; by
 * the agent's own groups, closing Äldre Direkt at 16:30 is late though another group is open
 * until 17:00.
 */
export function fairnessClasses(
  scenario: Scenario,
  startMinute: number,
  endMinute: number,
  day: number,
  skills: readonly string[],
) {
  const window = shiftWindowMinutes(scenario);
  let opens = Number.POSITIVE_INFINITY;
  let closes = Number.NEGATIVE_INFINITY;
  for (const group of scenario.answerGroups) {
    const hours = group.open[day];
    if (!hours || !skills.includes(group.id)) continue;
    opens = Math.min(opens, minutesOfLocalTime(hours[0]));
    closes = Math.max(closes, minutesOfLocalTime(hours[1]));
  }
  const someOpen = closes >= opens;
  return {
    early: startMinute < window.earliest + 60 || (someOpen && startMinute <= opens),
    late: endMinute > window.latest - 60 || (someOpen && endMinute >= closes),
    friday: day === 4,
  };
}

/**
 * The `evaluate` report (contract section 3): per answer group and interval the phone agents,
 * the agents required for the goal and the Erlang C service level; per group, day and week the
 * call-weighted service level and intervals below goal; per agent the paid minutes; fairness
 * and preferences; and every broken rule (empty when none). Pure: the scenario and schedule
 * must have passed validation.
 */
export function evaluateSchedule(
  scenario: Scenario,
  schedule: Schedule,
  prepared?: { grid: WeekGrid; table: ServiceLevelTable },
): ScheduleReport {
  const grid = prepared?.grid ?? buildWeekGrid(scenario);
  const table = prepared?.table ?? buildServiceLevelTable(scenario, grid);
  const brokenRules = checkRules(scenario, grid, schedule);
  const staffing = phoneAgentsOf(scenario, grid, schedule);
  const allGroups = scenario.answerGroups.map((_, g) => g);
  const daySummaries = (groups: number[]): DaySummary[] =>
    grid.dates.map((date, day) => ({
      date,
      ...summarise(table, staffing, grid.dayStart[day]!, grid.dayStart[day + 1]!, groups),
    }));
  const answerGroups = scenario.answerGroups.map((group, g) => ({
    answerGroup: group.id,
    intervals: Array.from({ length: grid.size }, (_, t) => {
      const calls = group.calls[t] ?? 0;
      const open = grid.open[g]![t] === 1;
      const counted = table.calls[g]![t]! > 0;
      return {
        start: formatLocalIso(grid.weekStartMs + t * grid.intervalMs, grid.timeZone),
        calls,
        open,
        phoneAgents: staffing[g]![t]!,
        requiredAgents: table.requiredAgents[g]![t]!,
        serviceLevel: counted
          ? answeredAt(table, g, t, staffing[g]![t]!) / calls
          : calls > 0 && open
            ? 0
            : 1,
      };
    }),
    days: daySummaries([g]),
    week: summarise(table, staffing, 0, grid.size, [g]),
  }));

  const agentShifts = new Map<string, Schedule['shifts']>();
  for (const shift of schedule.shifts) {
    agentShifts.set(shift.agentId, [...(agentShifts.get(shift.agentId) ?? []), shift]);
  }
  let preferencesUnmet = 0;
  const classCounts = { early: [] as number[], late: [] as number[], friday: [] as number[] };
  const agents = scenario.agents.map((agent) => {
    const shifts = agentShifts.get(agent.id) ?? [];
    let paidMinutes = 0;
    let overtimeMinutes = 0;
    const counts = { early: 0, late: 0, friday: 0 };
    for (const shift of shifts) {
      const startMs = parseInstant(shift.start);
      const endMs = parseInstant(shift.end);
      const paid = shiftPaidMinutes(shift);
      paidMinutes += paid;
      if (shift.overtime) overtimeMinutes += paid;
      const day = Math.max(0, grid.dates.indexOf(localDateOf(startMs, grid.timeZone)));
      const classes = fairnessClasses(
        scenario,
        localMinuteOfDay(startMs, grid.timeZone),
        localMinuteOfDay(endMs - 1, grid.timeZone) + 1,
        day,
        agent.skills,
      );
      if (classes.early) counts.early++;
      if (classes.late) counts.late++;
      if (classes.friday) counts.friday++;
      const wish = agent.preferences;
      if (wish?.daysOff?.includes(day)) preferencesUnmet++;
      if (wish?.shiftTime === 'early' && !classes.early) preferencesUnmet++;
      if (wish?.shiftTime === 'late' && !classes.late) preferencesUnmet++;
    }
    if (shifts.length > 0) {
      classCounts.early.push(counts.early);
      classCounts.late.push(counts.late);
      classCounts.friday.push(counts.friday);
    }
    return {
      agentId: agent.id,
      paidMinutes,
      contractMinutesPerWeek: agent.contractMinutesPerWeek,
      shifts: shifts.length,
      overtimeMinutes,
    };
  });
  const range = (values: number[]) => ({
    min: values.length > 0 ? Math.min(...values) : 0,
    max: values.length > 0 ? Math.max(...values) : 0,
  });
  const fairness: FairnessReport = {
    earlyShifts: range(classCounts.early),
    lateShifts: range(classCounts.late),
    fridayShifts: range(classCounts.friday),
  };
  return {
    week: summarise(table, staffing, 0, grid.size, allGroups),
    days: daySummaries(allGroups),
    answerGroups,
    agents,
    fairness,
    preferencesUnmet,
    writtenQueues: writtenMinutesOf(scenario, grid, schedule).map((minutes, q) =>
      writtenQueueReport(scenario.writtenQueues![q]!, grid.dates, minutes),
    ),
    brokenRules,
  };
}
