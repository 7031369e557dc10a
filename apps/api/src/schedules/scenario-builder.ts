import { addLocalDays, startOfLocalDay } from '@bemanna/calendar';
import {
  type AgentPreferences,
  type Scenario,
  type ScheduleRules,
  type TeamMeeting,
  WORKING_HOURS_ACT,
  type WrittenQueue,
} from '@bemanna/schedule';
import type { DayHours, SpecialDayHours } from '../answer-groups/answer-group.entity';
import { formatZonedIso } from '../history/zoned-time';

/**
 * The rules a generated week keeps unless the request overrides them: shifts of 6 to 9 hours
 * in 30-minute steps starting on the quarter hour, between 07:00 and 18:00; an unpaid 30-minute
 * lunch in every shift over 5 hours (Arbetstidslagen: a rest after at most 5 hours of work);
 * paid 15-minute breaks so nobody works more than 5 hours without one, and at least an hour
 * of work before, between and after them, as planners set break windows (nobody pauses a
 * quarter after starting or after lunch); 11 hours' daily rest
 * and 36 hours' weekly rest (Arbetstidslagen 13 and 14 §§); at most 5 working days; and the
 * week's paid minutes within 60 of the contract, so a week that cannot match it exactly
 * still schedules everyone.
 */
export const DEFAULT_RULES: ScheduleRules = {
  shiftLengthsMinutes: [360, 390, 420, 450, 480, 510, 540],
  startGranularityMinutes: 15,
  earliestStart: '07:00',
  latestEnd: '18:00',
  lunchMinutes: 30,
  lunchRequiredAboveMinutes: 300,
  breakMinutes: 15,
  ...WORKING_HOURS_ACT,
  minWorkBetweenBreaksMinutes: 60,
  maxDaysPerWeek: 5,
  contractToleranceMinutes: 60,
};

/** Weekly team meeting (arbetsplatsträff) length when the request does not say. */
export const DEFAULT_TEAM_MEETING_MINUTES = 60;

export interface ScenarioGroup {
  id: string;
  name: string;
  ahtSeconds: number;
  serviceLevelGoal: number;
  targetSeconds: number;
  openingHours: DayHours[];
  specialDays: SpecialDayHours[];
}

export interface ScenarioAgent {
  id: string;
  name: string;
  teamId: string | null;
  contractMinutesPerWeek: number;
  startDate: string;
  endDate: string | null;
  skills: string[];
  /** Honoured after service level and fairness. */
  preferences?: AgentPreferences | null;
}

/** A written queue as stored: expected cases per weekday, who answers it. */
export interface ScenarioWrittenQueue {
  id: string;
  name: string;
  handleMinutes: number;
  casesPerWeekday: number[];
  workingDays: number[];
  answerWithinWorkingDays: number;
  /** Agents skilled in any of these groups answer it; empty for every agent. */
  answerGroupIds: string[];
}

export interface ScenarioForecastPoint {
  answerGroupId: string;
  startMs: number;
  calls: number;
  ahtSeconds: number | null;
}

/** Whole days an agent is away, `fromDate` to `toDate` inclusive. */
export interface ScenarioAbsence {
  agentId: string;
  fromDate: string;
  toDate: string;
}

/** Whether `absence` covers the local `date`. */
export function isAwayOn(absence: ScenarioAbsence, date: string): boolean {
  return absence.fromDate <= date && date <= absence.toDate;
}

/** A whole local day as the scenario's `unavailable` span, 23 or 25 hours on DST days. */
export function wholeDaySpan(date: string, timeZone: string): { start: string; end: string } {
  return {
    start: formatZonedIso(startOfLocalDay(date, timeZone), timeZone),
    end: formatZonedIso(startOfLocalDay(addLocalDays(date, 1), timeZone), timeZone),
  };
}

/** An agent's shifts next to the week: the last one before it ends, the first after starts. */
export interface ShiftsAround {
  previousShiftEnd?: string;
  nextShiftStart?: string;
}

export interface ScenarioSources {
  weekStart: string;
  timeZone: string;
  intervalMinutes: number;
  /**
   * The week's public holidays and the eves that are days off (julafton, midsommarafton,
   * nyårsafton): the centre is closed unless a group's special days open it, and contracts
   * are a fifth shorter for each that falls on a weekday, as municipal agreements (AB § 13)
   * shorten the week's working time.
   */
  closedDays?: ClosedDay[];
  /** Per agent id, from the published weeks before and after, for the daily rest. */
  shiftsAround?: Map<string, ShiftsAround>;
  groups: ScenarioGroup[];
  agents: ScenarioAgent[];
  absences?: ScenarioAbsence[];
  forecast: ScenarioForecastPoint[];
  rules?: Partial<ScheduleRules>;
  teamMeetingMinutes?: number;
  writtenQueues?: ScenarioWrittenQueue[];
}

/** A public holiday or an eve that is a day off, by its Swedish name. */
export interface ClosedDay {
  date: string;
  name: string;
}

export interface BuiltScenario {
  scenario: Scenario;
  /** What the planner should know about how the data became a scenario. */
  notes: string[];
}

/**
 * A @bemanna/schedule scenario (CONTRACT.md section 3) from what the API stores: answer
 * groups (opening hours, with special days of the week applied, closed on holidays that none
 * gives hours), the forecast's calls for the week and its call-weighted handle time (the
 * group's planned AHT when the forecast has none), the agents employed that week with their
 * skills in these groups (days outside employment, registered as absent, or closed to all
 * their groups unavailable; contracts pro rata by the weekdays left after absences and
 * holidays; their preferences; their shifts next to the week), a weekly meeting per team of
 * two or more, the written queues worked that week (agents skilled in one of a queue's
 * groups answer it), and DEFAULT_RULES with the overrides given.
 *
 * The scenario has one service goal while groups each have theirs: it takes the goal of the
 * group with the most forecast calls that week, so the weekly service level is measured as
 * most callers experience it. Cost: O(forecast intervals + agents).
 */
export function buildScenario(sources: ScenarioSources): BuiltScenario {
  const { weekStart, timeZone, intervalMinutes } = sources;
  const notes: string[] = [];
  const weekStartMs = startOfLocalDay(weekStart, timeZone);
  const weekEndMs = startOfLocalDay(addLocalDays(weekStart, 7), timeZone);
  const intervalMs = intervalMinutes * 60_000;
  const size = Math.round((weekEndMs - weekStartMs) / intervalMs);
  const weekDates = Array.from({ length: 7 }, (_, day) => addLocalDays(weekStart, day));
  const closedDays = (sources.closedDays ?? []).filter((day) => weekDates.includes(day.date));
  const closed = new Set(closedDays.map((day) => day.date));
  if (closedDays.length > 0) {
    notes.push(
      `${closedDays.map((day) => `${day.date} (${day.name})`).join(', ')}: closed unless a group's special days open it, and contracts a fifth shorter for each on a weekday`,
    );
  }

  const groupIds = new Set(sources.groups.map((group) => group.id));
  const calls = new Map(sources.groups.map((group) => [group.id, new Array<number>(size).fill(0)]));
  const aht = new Map(sources.groups.map((group) => [group.id, { weighted: 0, calls: 0 }]));
  for (const point of sources.forecast) {
    const index = Math.round((point.startMs - weekStartMs) / intervalMs);
    const series = calls.get(point.answerGroupId);
    if (!series || index < 0 || index >= size) continue;
    series[index] = Math.max(0, point.calls);
    if (point.ahtSeconds !== null && point.calls > 0) {
      const entry = aht.get(point.answerGroupId) as { weighted: number; calls: number };
      entry.weighted += point.ahtSeconds * point.calls;
      entry.calls += point.calls;
    }
  }

  let busiest: ScenarioGroup | undefined;
  let busiestCalls = -1;
  const answerGroups = sources.groups.map((group) => {
    const series = calls.get(group.id) as number[];
    const total = series.reduce((sum, value) => sum + value, 0);
    if (total > busiestCalls) {
      busiest = group;
      busiestCalls = total;
    }
    const forecastAht = aht.get(group.id) as { weighted: number; calls: number };
    const special = new Map<string, DayHours>(closedDays.map((day) => [day.date, null]));
    for (const day of group.specialDays) special.set(day.date, day.hours);
    return {
      id: group.id,
      name: group.name,
      ahtSeconds:
        forecastAht.calls > 0 ? forecastAht.weighted / forecastAht.calls : group.ahtSeconds,
      open: weekDates.map((date, day) =>
        special.has(date) ? (special.get(date) ?? null) : (group.openingHours[day] ?? null),
      ),
      calls: series,
    };
  });
  const goals = new Set(sources.groups.map((g) => `${g.serviceLevelGoal}/${g.targetSeconds}`));
  if (goals.size > 1 && busiest) {
    notes.push(
      `Answer groups have different service goals; the week is planned for ${busiest.id}'s ` +
        `(${Math.round(busiest.serviceLevelGoal * 100)}% within ${busiest.targetSeconds} s), the busiest group`,
    );
  }

  // Written queues are worked on their working days the centre is open; a case arriving on
  // a holiday waits for the next, and the deadline counts only the days left.
  // A queue answered only by other groups' agents is not this plan's: a week planned for one
  // group plans only the queues its agents answer.
  // Agents answer a queue when skilled in one of its groups, or any agent when it names none.
  const answeredBy = (queue: ScenarioWrittenQueue, skilledIn: (groupId: string) => boolean) =>
    queue.answerGroupIds.length === 0 || queue.answerGroupIds.some(skilledIn);
  const writtenQueues: WrittenQueue[] = [];
  const worked: ScenarioWrittenQueue[] = [];
  for (const queue of sources.writtenQueues ?? []) {
    if (!answeredBy(queue, (id) => groupIds.has(id))) continue;
    const workingDays = [...queue.workingDays]
      .sort((x, y) => x - y)
      .filter((day) => !closed.has(weekDates[day] as string));
    if (workingDays.length === 0) {
      notes.push(`${queue.id}: not worked this week (no working day the centre is open)`);
      continue;
    }
    const answerWithinWorkingDays = Math.min(queue.answerWithinWorkingDays, workingDays.length - 1);
    if (answerWithinWorkingDays < queue.answerWithinWorkingDays) {
      notes.push(
        `${queue.id}: ${workingDays.length} working days this week, so cases are answered within ${answerWithinWorkingDays} working days`,
      );
    }
    worked.push(queue);
    writtenQueues.push({
      id: queue.id,
      name: queue.name,
      handleMinutes: queue.handleMinutes,
      cases: queue.casesPerWeekday,
      workingDays,
      answerWithinWorkingDays,
    });
  }
  const writtenSkillsOf = (skills: string[]) =>
    worked.filter((queue) => answeredBy(queue, (id) => skills.includes(id))).map((q) => q.id);

  // Overrides left out arrive as undefined from the DTO; they keep the default.
  const rules: ScheduleRules = {
    ...DEFAULT_RULES,
    ...Object.fromEntries(
      Object.entries(sources.rules ?? {}).filter(([, value]) => value !== undefined),
    ),
  };
  // A week cut short by absence or employment may leave less than any shift can hold.
  const shortestShift = Math.min(...rules.shiftLengthsMinutes) - rules.contractToleranceMinutes;
  const weekEnd = weekDates[6] as string;
  const absencesOf = new Map<string, ScenarioAbsence[]>();
  for (const absence of sources.absences ?? []) {
    absencesOf.set(absence.agentId, [...(absencesOf.get(absence.agentId) ?? []), absence]);
  }
  const agents: Scenario['agents'] = [];
  /** Per agent planned, Monday to Friday: employed, not away and not a holiday. */
  const plannedWeekdays = new Map<string, boolean[]>();
  for (const agent of sources.agents) {
    if (agent.startDate > weekEnd || (agent.endDate !== null && agent.endDate < weekStart))
      continue;
    const skills = agent.skills.filter((id) => groupIds.has(id));
    if (skills.length === 0 || agent.contractMinutesPerWeek <= 0) continue;
    const employed = weekDates.map(
      (date) => date >= agent.startDate && (agent.endDate === null || date <= agent.endDate),
    );
    const away = weekDates.map((date) =>
      (absencesOf.get(agent.id) ?? []).some((absence) => isAwayOn(absence, date)),
    );
    // A closed day is a day off unless one of the agent's groups opens that day.
    const closedToAgent = weekDates.map(
      (date, day) =>
        closed.has(date) &&
        !answerGroups.some((group) => skills.includes(group.id) && group.open[day] !== null),
    );
    const unavailable = weekDates
      .filter((_, day) => !employed[day] || away[day] || closedToAgent[day])
      .map((date) => wholeDaySpan(date, timeZone));
    // The weekdays the contract's week is worked over: employed, not away, not a holiday.
    const weekdaysIn = weekDates
      .slice(0, 5)
      .map((date, day) => employed[day] === true && !away[day] && !closed.has(date));
    const weekdaysLeft = weekdaysIn.filter(Boolean).length;
    // Part of the week employed, away or a holiday (paid or not, the hours are not the
    // planner's to place): the contract pro rata by weekdays left, on the interval grid.
    const contractMinutesPerWeek =
      weekdaysLeft === 5
        ? agent.contractMinutesPerWeek
        : Math.round((agent.contractMinutesPerWeek * weekdaysLeft) / 5 / intervalMinutes) *
          intervalMinutes;
    if (contractMinutesPerWeek <= 0) continue;
    if (weekdaysLeft < 5 && contractMinutesPerWeek < shortestShift) {
      notes.push(
        `${agent.id} has ${contractMinutesPerWeek} contract minutes left in the week, less than the shortest shift: not planned`,
      );
      continue;
    }
    plannedWeekdays.set(agent.id, weekdaysIn);
    const weekdaysEmployed = employed.slice(0, 5).filter(Boolean).length;
    const weekdaysAway = away.slice(0, 5).filter((isAway, day) => isAway && employed[day]).length;
    if (weekdaysEmployed < 5 || weekdaysAway > 0) {
      const employment = weekdaysEmployed < 5 ? `employed ${weekdaysEmployed} of 5 weekdays` : '';
      const absence =
        weekdaysAway > 0 ? `away ${weekdaysAway} of ${weekdaysEmployed} weekdays` : '';
      notes.push(
        `${agent.id} is ${[employment, absence].filter(Boolean).join(' and ')}: contract pro rata`,
      );
    }
    agents.push({
      id: agent.id,
      name: agent.name,
      contractMinutesPerWeek,
      skills: [...skills, ...writtenSkillsOf(skills)],
      ...(unavailable.length > 0 ? { unavailable } : {}),
      ...sources.shiftsAround?.get(agent.id),
      ...(agent.teamId ? { teamId: agent.teamId } : {}),
      ...(agent.preferences ? { preferences: agent.preferences } : {}),
    });
  }

  const meetingMinutes = sources.teamMeetingMinutes ?? DEFAULT_TEAM_MEETING_MINUTES;
  const teams = new Map<string, Scenario['agents']>();
  for (const agent of agents) {
    if (agent.teamId) teams.set(agent.teamId, [...(teams.get(agent.teamId) ?? []), agent]);
  }
  const meetings: TeamMeeting[] = [];
  const teamsMeeting = meetingMinutes > 0 ? [...teams].sort(([a], [b]) => a.localeCompare(b)) : [];
  for (const [teamId, members] of teamsMeeting) {
    // The team meets on a weekday most members are in; those away that day are excused
    // (otherwise a team whose members are away on different days could not meet at all), and
    // the meeting is held that day, so no excused member who is in misses it.
    const inOn = (day: number) => members.filter((m) => plannedWeekdays.get(m.id)?.[day]);
    const day = [0, 1, 2, 3, 4].reduce((best, d) =>
      inOn(d).length > inOn(best).length ? d : best,
    );
    if (inOn(day).length < 2) continue;
    const excused = members.filter((m) => !plannedWeekdays.get(m.id)?.[day]).map((m) => m.id);
    meetings.push({
      teamId,
      durationMinutes: meetingMinutes,
      ...(excused.length > 0 ? { excused, weekdays: [day] } : {}),
    });
    if (excused.length > 0) {
      notes.push(
        `${teamId}'s meeting: ${excused.join(', ')} away on ${weekDates[day]}, the day most of the team is in, which it meets on; excused`,
      );
    }
  }

  return {
    scenario: {
      timezone: timeZone,
      weekStart,
      intervalMinutes,
      serviceGoal: {
        serviceLevel: busiest?.serviceLevelGoal ?? 0.8,
        targetSeconds: busiest?.targetSeconds ?? 120,
      },
      answerGroups,
      agents,
      rules,
      ...(meetings.length > 0 ? { meetings } : {}),
      ...(writtenQueues.length > 0 ? { writtenQueues } : {}),
    },
    notes,
  };
}
