import { type SpreadsheetCell, spreadsheetCsv } from '../../lib/spreadsheet';
import type { AdherenceReport } from './types';

export interface AdherenceCsvWords {
  /** Team, agent, agent id, date, scheduled min, adherent min, adherence, phone, conformance, exceptions, absence. */
  columns: string[];
  noTeam: string;
  absence: (kind: string) => string;
}

/**
 * The report's agent-days as a file for a spreadsheet (`spreadsheetCsv`), for the follow-up a
 * unit manager keeps: one row per agent and day, shares as fractions, a day away named.
 */
export function adherenceCsv(
  report: AdherenceReport,
  words: AdherenceCsvWords,
  decimalComma: boolean,
): string {
  const teamNames = new Map(report.teams.map((team) => [team.teamId, team.teamName]));
  const rows: SpreadsheetCell[][] = report.agents.flatMap((agent) =>
    agent.days.map((day) => [
      teamNames.get(agent.teamId) ?? words.noTeam,
      agent.agentName,
      agent.agentId,
      day.date,
      day.scheduledMinutes,
      day.adherentMinutes,
      day.adherence,
      day.phoneAdherence,
      day.conformance,
      day.exceptionCount,
      day.absence ? words.absence(day.absence) : null,
    ]),
  );
  return spreadsheetCsv([words.columns, ...rows], decimalComma);
}
