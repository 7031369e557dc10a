import type {
  AnswerGroup,
  ForecastVersion,
  GroupRequirements,
  HistoryImport,
  HistoryInterval,
} from '../../api/types';
import { addDays, dateOfInterval } from '../../lib/dates';

/** What the overview shows for one answer group in one week. */
export interface WeekSummary {
  answerGroupId: string;
  name: string;
  forecastCalls: number;
  /** Most agents needed on the phone in any interval of the week. */
  peakAgents: number;
  /** Agent-hours to schedule, shrinkage included. */
  scheduledAgentHours: number;
  fte: number;
  /** Call-weighted expected service level, or null without calls. */
  serviceLevel: number | null;
  serviceLevelGoal: number;
  /** Intervals whose expected service level misses the goal even at the required staffing. */
  intervalsBelowGoal: number;
  /** Days of the week the forecast does not cover. */
  daysWithoutForecast: number;
}

/**
 * One week's figures per answer group from the requirements of a forecast version. `weekStart`
 * is the Monday; days outside the version count as days without forecast.
 */
export function summariseWeek(
  weekStart: string,
  answerGroups: AnswerGroup[],
  requirements: GroupRequirements[],
): WeekSummary[] {
  const weekEnd = addDays(weekStart, 6);
  return answerGroups.map((group) => {
    const found = requirements.find((r) => r.answerGroupId === group.id);
    const intervals = (found?.intervals ?? []).filter((interval) => {
      const date = dateOfInterval(interval.intervalStart);
      return date >= weekStart && date <= weekEnd;
    });
    const days = (found?.days ?? []).filter((day) => day.date >= weekStart && day.date <= weekEnd);
    const forecastCalls = days.reduce((sum, day) => sum + day.calls, 0);
    const weightedServiceLevel = days.reduce(
      (sum, day) => sum + (day.serviceLevel ?? 0) * day.calls,
      0,
    );
    return {
      answerGroupId: group.id,
      name: group.name,
      forecastCalls,
      peakAgents: intervals.reduce((peak, interval) => Math.max(peak, interval.agents), 0),
      scheduledAgentHours: days.reduce((sum, day) => sum + day.scheduledAgentHours, 0),
      // A week's FTE is its scheduled hours over one FTE's 40 hours, whatever the days covered.
      fte: days.reduce((sum, day) => sum + day.scheduledAgentHours, 0) / 40,
      serviceLevel: forecastCalls > 0 ? weightedServiceLevel / forecastCalls : null,
      serviceLevelGoal: found?.serviceLevelGoal ?? group.serviceLevelGoal,
      intervalsBelowGoal: intervals.filter(
        (interval) =>
          interval.calls > 0 &&
          interval.serviceLevel < (found?.serviceLevelGoal ?? group.serviceLevelGoal) - 1e-9,
      ).length,
      daysWithoutForecast: 7 - new Set(days.map((day) => day.date)).size,
    };
  });
}

/**
 * The forecast version to plan this week and next with: the newest one that covers today, else
 * the newest that covers any of the two weeks.
 */
export function planningVersion(
  versions: ForecastVersion[],
  today: string,
  lastDay: string,
): ForecastVersion | undefined {
  const byNewest = [...versions].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    byNewest.find((v) => v.firstDay <= today && v.lastDay >= today) ??
    byNewest.find((v) => v.firstDay <= lastDay && v.lastDay >= today)
  );
}

/**
 * A forecast is older than its history when history was imported after the forecast was made:
 * the newest actuals did not inform it. Returns the newest such import.
 */
export function importNewerThanForecast(
  forecast: ForecastVersion,
  imports: HistoryImport[],
): HistoryImport | undefined {
  return imports
    .filter((entry) => entry.createdAt > forecast.createdAt && entry.rowCount > 0)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
}

/** Intervals of past history where the share answered within target missed the goal. */
export function historyIntervalsBelowGoal(
  intervals: HistoryInterval[],
  serviceLevelGoal: number,
): number {
  return intervals.filter(
    (interval) =>
      interval.offered > 0 &&
      interval.answeredWithinTarget !== null &&
      interval.answeredWithinTarget / interval.offered < serviceLevelGoal,
  ).length;
}
