import {
  addLocalDays,
  intervalsOfLocalDay,
  isoWeekdayIndex,
  startOfLocalDay,
} from '@bemanna/calendar';
import type { Scenario, ScheduleRules } from './types';

/** One problem in the input, located by its JSON path (`$.agents[3].skills[0]`). */
export interface InputProblem {
  path: string;
  message: string;
}

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: InputProblem[] };

const LOCAL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** Minutes since midnight of a validated `HH:MM` (24:00 is 1440). */
export function minutesOfLocalTime(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** Epoch ms of an ISO 8601 time with offset, or NaN when it is not one. */
export function parseInstant(text: string): number {
  return ISO_WITH_OFFSET.test(text) ? Date.parse(text) : Number.NaN;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Collects problems while walking the JSON; each check names the path it looked at. */
class Checker {
  readonly errors: InputProblem[] = [];

  fail(path: string, message: string): void {
    this.errors.push({ path, message });
  }

  record(value: unknown, path: string): Record<string, unknown> | undefined {
    if (isRecord(value)) return value;
    this.fail(path, 'must be an object');
    return undefined;
  }

  array(value: unknown, path: string): unknown[] | undefined {
    if (Array.isArray(value)) return value;
    this.fail(path, 'must be an array');
    return undefined;
  }

  string(value: unknown, path: string): string | undefined {
    if (typeof value === 'string' && value.length > 0) return value;
    this.fail(path, 'must be a non-empty string');
    return undefined;
  }

  number(
    value: unknown,
    path: string,
    { min = -Infinity, max = Infinity, integer = false } = {},
  ): number | undefined {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.fail(path, 'must be a number');
      return undefined;
    }
    if (integer && !Number.isInteger(value)) this.fail(path, 'must be an integer');
    if (value < min || value > max) this.fail(path, `must be between ${min} and ${max}`);
    return value;
  }

  localTime(value: unknown, path: string): string | undefined {
    if (typeof value === 'string' && LOCAL_TIME.test(value)) return value;
    this.fail(path, 'must be a local time HH:MM');
    return undefined;
  }

  instant(value: unknown, path: string): number | undefined {
    const ms = typeof value === 'string' ? parseInstant(value) : Number.NaN;
    if (Number.isFinite(ms)) return ms;
    this.fail(path, 'must be ISO 8601 with offset, e.g. 2025-03-31T08:00:00+02:00');
    return undefined;
  }
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * Checks a parsed scenario JSON against the contract (section 3) and the extensions, and
 * returns it typed with defaults filled in (`timezone` Europe/Stockholm), or every problem
 * found with its JSON path. Besides shapes it checks what the optimiser relies on: the
 * `calls` length matches the week's intervals (668/676 in a DST week at 15 min), skills and
 * meetings name existing groups and teams, and `intervalMinutes` divides the shift and
 * meeting lengths. Lunch and breaks may end inside an interval (`pauseSlots`), and shifts
 * start where the granularity meets the interval grid (10 minutes at 15: on the half hour).
 */
export function validateScenario(json: unknown): ValidationResult<Scenario> {
  const c = new Checker();
  const root = c.record(json, '$');
  if (!root) return { ok: false, errors: c.errors };

  const timezone =
    root.timezone === undefined ? 'Europe/Stockholm' : c.string(root.timezone, '$.timezone');
  if (timezone && !isTimeZone(timezone))
    c.fail('$.timezone', `unknown IANA time zone "${timezone}"`);
  const weekStart = c.string(root.weekStart, '$.weekStart');
  if (weekStart && (!LOCAL_DATE.test(weekStart) || Number.isNaN(Date.parse(weekStart)))) {
    c.fail('$.weekStart', 'must be a local date YYYY-MM-DD');
  } else if (weekStart && isoWeekdayIndex(weekStart) !== 0) {
    c.fail('$.weekStart', `${weekStart} is not a Monday`);
  }
  const intervalMinutes = c.number(root.intervalMinutes, '$.intervalMinutes', {
    min: 1,
    max: 1440,
    integer: true,
  });
  if (intervalMinutes && 1440 % intervalMinutes !== 0) {
    c.fail('$.intervalMinutes', 'must divide a day (5, 10, 15, 30 or 60)');
  }
  const goal = c.record(root.serviceGoal, '$.serviceGoal');
  if (goal) {
    // A goal of 1 is never met by any finite staffing under Erlang C.
    c.number(goal.serviceLevel, '$.serviceGoal.serviceLevel', { min: 0, max: 0.9999 });
    c.number(goal.targetSeconds, '$.serviceGoal.targetSeconds', { min: 0 });
  }

  let weekIntervals: number | undefined;
  let week: { startMs: number; endMs: number } | undefined;
  if (c.errors.length === 0 && timezone && weekStart && intervalMinutes) {
    week = {
      startMs: startOfLocalDay(weekStart, timezone),
      endMs: startOfLocalDay(addLocalDays(weekStart, 7), timezone),
    };
    weekIntervals = 0;
    for (let day = 0; day < 7; day++) {
      weekIntervals += intervalsOfLocalDay(
        addLocalDays(weekStart, day),
        intervalMinutes,
        timezone,
      ).length;
    }
  }

  const groupIds = new Set<string>();
  const groups = c.array(root.answerGroups, '$.answerGroups');
  if (groups?.length === 0) c.fail('$.answerGroups', 'must name at least one answer group');
  groups?.forEach((g, i) => {
    const path = `$.answerGroups[${i}]`;
    const group = c.record(g, path);
    if (!group) return;
    const id = c.string(group.id, `${path}.id`);
    if (id && groupIds.has(id)) c.fail(`${path}.id`, `duplicate answer group id "${id}"`);
    if (id) groupIds.add(id);
    c.string(group.name, `${path}.name`);
    c.number(group.ahtSeconds, `${path}.ahtSeconds`, { min: 1 });
    const open = c.array(group.open, `${path}.open`);
    if (open && open.length !== 7) c.fail(`${path}.open`, 'must have seven entries, Monday first');
    open?.forEach((hours, day) => {
      if (hours === null) return;
      const hoursPath = `${path}.open[${day}]`;
      const pair = c.array(hours, hoursPath);
      if (!pair) return;
      if (pair.length !== 2) {
        c.fail(hoursPath, 'must be [open, close] or null');
        return;
      }
      const from = c.localTime(pair[0], `${hoursPath}[0]`);
      const to = c.localTime(pair[1], `${hoursPath}[1]`);
      if (from && to && minutesOfLocalTime(from) >= minutesOfLocalTime(to)) {
        c.fail(hoursPath, 'must open before it closes');
      }
    });
    const calls = c.array(group.calls, `${path}.calls`);
    if (!calls) return;
    if (weekIntervals !== undefined && calls.length !== weekIntervals) {
      c.fail(
        `${path}.calls`,
        `must have ${weekIntervals} entries (one per ${intervalMinutes}-minute interval of the week from Monday 00:00 local), has ${calls.length}`,
      );
    }
    const bad = calls.findIndex((n) => typeof n !== 'number' || !Number.isFinite(n) || n < 0);
    if (bad >= 0) c.fail(`${path}.calls[${bad}]`, 'must be a number >= 0');
  });

  checkRuleFields(c, root.rules, intervalMinutes);

  const writtenQueueIds = new Set<string>();
  if (root.writtenQueues !== undefined) {
    c.array(root.writtenQueues, '$.writtenQueues')?.forEach((q, i) => {
      const path = `$.writtenQueues[${i}]`;
      const queue = c.record(q, path);
      if (!queue) return;
      const id = c.string(queue.id, `${path}.id`);
      if (id && (writtenQueueIds.has(id) || groupIds.has(id)))
        c.fail(`${path}.id`, `"${id}" is already the id of an answer group or written queue`);
      if (id) writtenQueueIds.add(id);
      c.string(queue.name, `${path}.name`);
      c.number(queue.handleMinutes, `${path}.handleMinutes`, { min: 0.1 });
      const cases = c.array(queue.cases, `${path}.cases`);
      if (cases && cases.length !== 7)
        c.fail(`${path}.cases`, 'must have seven entries, Monday first');
      for (const [day, n] of (cases ?? []).entries()) {
        c.number(n, `${path}.cases[${day}]`, { min: 0 });
      }
      let workingDays = 5;
      if (queue.workingDays !== undefined) {
        const days = c.array(queue.workingDays, `${path}.workingDays`);
        for (const [j, day] of (days ?? []).entries()) {
          c.number(day, `${path}.workingDays[${j}]`, { min: 0, max: 6, integer: true });
        }
        workingDays = new Set(days).size;
        if (workingDays === 0) c.fail(`${path}.workingDays`, 'must name at least one weekday');
      }
      c.number(queue.answerWithinWorkingDays, `${path}.answerWithinWorkingDays`, {
        min: 0,
        max: Math.max(0, workingDays - 1),
        integer: true,
      });
    });
  }

  const teamMembers = new Map<string, Set<string>>();
  const agentIds = new Set<string>();
  const agents = c.array(root.agents, '$.agents');
  agents?.forEach((a, i) => {
    const path = `$.agents[${i}]`;
    const agent = c.record(a, path);
    if (!agent) return;
    const id = c.string(agent.id, `${path}.id`);
    if (id && agentIds.has(id)) c.fail(`${path}.id`, `duplicate agent id "${id}"`);
    if (id) agentIds.add(id);
    c.string(agent.name, `${path}.name`);
    c.number(agent.contractMinutesPerWeek, `${path}.contractMinutesPerWeek`, { min: 0 });
    c.array(agent.skills, `${path}.skills`)?.forEach((skill, j) => {
      if (typeof skill !== 'string' || !(groupIds.has(skill) || writtenQueueIds.has(skill))) {
        c.fail(
          `${path}.skills[${j}]`,
          `must name an answer group or written queue id (${[...groupIds, ...writtenQueueIds].join(', ')})`,
        );
      }
    });
    if (agent.unavailable !== undefined) {
      c.array(agent.unavailable, `${path}.unavailable`)?.forEach((u, j) => {
        const spanPath = `${path}.unavailable[${j}]`;
        const span = c.record(u, spanPath);
        if (!span) return;
        const start = c.instant(span.start, `${spanPath}.start`);
        const end = c.instant(span.end, `${spanPath}.end`);
        if (start !== undefined && end !== undefined && end <= start) {
          c.fail(`${spanPath}.end`, 'must be after start');
        }
      });
    }
    if (agent.previousShiftEnd !== undefined) {
      const end = c.instant(agent.previousShiftEnd, `${path}.previousShiftEnd`);
      if (end !== undefined && week && end > week.startMs)
        c.fail(`${path}.previousShiftEnd`, "must be at or before the week's start");
    }
    if (agent.nextShiftStart !== undefined) {
      const start = c.instant(agent.nextShiftStart, `${path}.nextShiftStart`);
      if (start !== undefined && week && start < week.endMs)
        c.fail(`${path}.nextShiftStart`, "must be at or after the week's end");
    }
    if (agent.teamId !== undefined) {
      const team = c.string(agent.teamId, `${path}.teamId`);
      if (team) teamMembers.set(team, (teamMembers.get(team) ?? new Set()).add(id ?? ''));
    }
    if (agent.preferences !== undefined) {
      const preferences = c.record(agent.preferences, `${path}.preferences`);
      if (preferences?.daysOff !== undefined) {
        c.array(preferences.daysOff, `${path}.preferences.daysOff`)?.forEach((day, j) => {
          c.number(day, `${path}.preferences.daysOff[${j}]`, { min: 0, max: 6, integer: true });
        });
      }
      const shiftTime = preferences?.shiftTime;
      if (shiftTime !== undefined && shiftTime !== 'early' && shiftTime !== 'late') {
        c.fail(`${path}.preferences.shiftTime`, 'must be "early" or "late"');
      }
    }
  });

  if (root.meetings !== undefined) {
    c.array(root.meetings, '$.meetings')?.forEach((m, i) => {
      const path = `$.meetings[${i}]`;
      const meeting = c.record(m, path);
      if (!meeting) return;
      const team = c.string(meeting.teamId, `${path}.teamId`);
      if (team && !teamMembers.has(team)) c.fail(`${path}.teamId`, `no agent has teamId "${team}"`);
      const minutes = c.number(meeting.durationMinutes, `${path}.durationMinutes`, {
        min: 1,
        integer: true,
      });
      if (minutes && intervalMinutes && minutes % intervalMinutes !== 0) {
        c.fail(
          `${path}.durationMinutes`,
          `must be a multiple of intervalMinutes (${intervalMinutes})`,
        );
      }
      if (meeting.excused !== undefined) {
        c.array(meeting.excused, `${path}.excused`)?.forEach((id, j) => {
          const agentId = c.string(id, `${path}.excused[${j}]`);
          if (agentId && team && !teamMembers.get(team)?.has(agentId)) {
            c.fail(`${path}.excused[${j}]`, `"${agentId}" is not an agent of team "${team}"`);
          }
        });
      }
      if (meeting.weekdays !== undefined) {
        const weekdays = c.array(meeting.weekdays, `${path}.weekdays`);
        if (weekdays?.length === 0) c.fail(`${path}.weekdays`, 'must name at least one weekday');
        for (const [j, day] of (weekdays ?? []).entries()) {
          c.number(day, `${path}.weekdays[${j}]`, { min: 0, max: 6, integer: true });
        }
      }
    });
  }

  if (c.errors.length > 0) return { ok: false, errors: c.errors };
  return {
    ok: true,
    value: { ...(root as unknown as Scenario), timezone: timezone ?? 'Europe/Stockholm' },
  };
}

/**
 * The rules of a scenario (`$.rules`), alone: a centre's stored rules. Shift lengths are
 * checked against the interval only with a scenario, which has one.
 */
export function validateScheduleRules(json: unknown): ValidationResult<ScheduleRules> {
  const c = new Checker();
  checkRuleFields(c, json, undefined);
  return c.errors.length > 0
    ? { ok: false, errors: c.errors }
    : { ok: true, value: json as ScheduleRules };
}

function checkRuleFields(c: Checker, json: unknown, intervalMinutes: number | undefined): void {
  const rules = c.record(json, '$.rules');
  if (!rules) return;
  const lengths = c.array(rules.shiftLengthsMinutes, '$.rules.shiftLengthsMinutes');
  if (lengths?.length === 0)
    c.fail('$.rules.shiftLengthsMinutes', 'must allow at least one length');
  lengths?.forEach((length, i) => {
    const value = c.number(length, `$.rules.shiftLengthsMinutes[${i}]`, {
      min: 1,
      max: 1440,
      integer: true,
    });
    if (value && intervalMinutes && value % intervalMinutes !== 0) {
      c.fail(
        `$.rules.shiftLengthsMinutes[${i}]`,
        `must be a multiple of intervalMinutes (${intervalMinutes})`,
      );
    }
  });
  for (const field of ['startGranularityMinutes', 'lunchMinutes', 'breakMinutes'] as const) {
    c.number(rules[field], `$.rules.${field}`, { min: 0, max: 1440, integer: true });
  }
  if (rules.startGranularityMinutes === 0) c.fail('$.rules.startGranularityMinutes', 'must be > 0');
  const earliest = c.localTime(rules.earliestStart, '$.rules.earliestStart');
  const latest = c.localTime(rules.latestEnd, '$.rules.latestEnd');
  if (earliest && latest && minutesOfLocalTime(earliest) >= minutesOfLocalTime(latest)) {
    c.fail('$.rules.latestEnd', 'must be after earliestStart');
  }
  for (const field of [
    'lunchRequiredAboveMinutes',
    'maxWorkWithoutBreakMinutes',
    'minDailyRestMinutes',
    'minWeeklyRestMinutes',
    'contractToleranceMinutes',
  ] as const) {
    c.number(rules[field], `$.rules.${field}`, { min: 0, integer: true });
  }
  c.number(rules.maxDaysPerWeek, '$.rules.maxDaysPerWeek', { min: 1, max: 7, integer: true });
  if (rules.minWorkBetweenBreaksMinutes !== undefined) {
    const least = c.number(
      rules.minWorkBetweenBreaksMinutes,
      '$.rules.minWorkBetweenBreaksMinutes',
      {
        min: 0,
        integer: true,
      },
    );
    const most = rules.maxWorkWithoutBreakMinutes;
    if (least !== undefined && typeof most === 'number' && least > most) {
      c.fail('$.rules.minWorkBetweenBreaksMinutes', 'must be at most maxWorkWithoutBreakMinutes');
    }
  }
}
