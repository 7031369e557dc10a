import type { Scenario, Schedule, ScheduleReport } from '@bemanna/schedule';
import type { Schemas } from '../../api/client';

/*
 * The scenario, schedule and report as the API stores them are @bemanna/schedule's formats
 * (CONTRACT.md section 3); the OpenAPI document types these three columns only as JSON
 * objects, so `contentOf` reads them as those types (the API validated them when written).
 * Only types are imported: nothing of the library reaches the bundle.
 */

export type ScheduleVersionSummary = Schemas['ScheduleVersionSummaryDto'];
export type ScheduleVersion = Schemas['ScheduleVersionDto'];
export type ScheduleEdit = Schemas['ScheduleEditDto'];
export type EditCheck = Schemas['EditCheckDto'];
export type BrokenRule = Schemas['BrokenRuleDto'];
export type DayService = Schemas['DayServiceDto'];
export type ServiceSummary = Schemas['ServiceSummaryDto'];
export type AbsenceImpact = Schemas['AbsenceImpactDto'];
export type AbsenceLoss = Schemas['AbsenceLossDto'];
export type CoverOption = Schemas['CoverOptionDto'];
export type WrittenQueueChange = Schemas['WrittenQueueChangeDto'];

export type {
  Activity,
  ActivityType,
  Agent as ScenarioAgent,
  AnswerGroup as ScenarioAnswerGroup,
  GroupReport,
  IntervalReport,
  Scenario,
  Schedule,
  ScheduleReport,
  ScheduleRules,
  Shift,
} from '@bemanna/schedule';

/** The schedule a dry run made of the version with the edits, read as the format it is. */
export function editedScheduleOf(check: EditCheck): Schedule {
  return check.schedule as unknown as Schedule;
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
