import type { Schemas } from '../../api/client';

/*
 * The scenario, schedule and report as the API stores them (CONTRACT.md section 3, the shapes of
 * libs/schedule/src/types.ts). The OpenAPI document types these three columns only as JSON
 * objects, so the page reads them through the fields it uses here; the API validated them when
 * they were written.
 */

export type ScheduleVersionSummary = Schemas['ScheduleVersionSummaryDto'];
export type ScheduleVersion = Schemas['ScheduleVersionDto'];
export type ScheduleEdit = Schemas['ScheduleEditDto'];
export type EditCheck = Schemas['EditCheckDto'];
export type BrokenRule = Schemas['BrokenRuleDto'];
export type DayService = Schemas['DayServiceDto'];
export type ServiceSummary = Schemas['ServiceSummaryDto'];

export type ActivityType = NonNullable<ScheduleEdit['activity']>;

export interface Activity {
  type: ActivityType;
  /** ISO 8601 with offset. */
  start: string;
  end: string;
  /** Phone only: the answer group served. */
  answerGroup?: string;
}

export interface Shift {
  agentId: string;
  start: string;
  end: string;
  activities: Activity[];
}

export interface Schedule {
  shifts: Shift[];
}

export interface ScenarioAgent {
  id: string;
  name: string;
  contractMinutesPerWeek: number;
  skills: string[];
  teamId?: string;
}

export interface ScenarioAnswerGroup {
  id: string;
  name: string;
  ahtSeconds: number;
}

export interface Scenario {
  timezone: string;
  weekStart: string;
  intervalMinutes: number;
  serviceGoal: { serviceLevel: number; targetSeconds: number };
  answerGroups: ScenarioAnswerGroup[];
  agents: ScenarioAgent[];
  rules: { earliestStart: string; latestEnd: string; startGranularityMinutes: number };
}

export interface IntervalReport {
  start: string;
  calls: number;
  open: boolean;
  phoneAgents: number;
  requiredAgents: number;
  serviceLevel: number;
}

export interface GroupReport {
  answerGroup: string;
  intervals: IntervalReport[];
  days: DayService[];
  week: ServiceSummary;
}

export interface ScheduleReport {
  week: ServiceSummary;
  days: DayService[];
  answerGroups: GroupReport[];
  brokenRules: BrokenRule[];
}

/** A version's three JSON columns, read as the formats they are. */
export function contentOf(version: ScheduleVersion): {
  scenario: Scenario;
  schedule: Schedule;
  report: ScheduleReport;
} {
  return {
    scenario: version.scenario as unknown as Scenario,
    schedule: version.schedule as unknown as Schedule,
    report: version.report as unknown as ScheduleReport,
  };
}
