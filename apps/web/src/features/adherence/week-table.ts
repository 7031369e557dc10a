import { addDays } from '../../lib/dates';
import type { AdherenceReport, AgentAdherence, AgentAdherenceDay, TeamAdherence } from './types';

/** Weekdays a contact centre always staffs; a weekend day shows only when it was worked. */
const WEEKDAYS = 5;

/**
 * The days of the week starting `monday` to show: Monday to Friday, and a weekend day with
 * counted time. Not one with only absences: those run over weekends the centre is closed.
 */
export function shownDates(report: AdherenceReport, monday: string): string[] {
  const counted = new Set(report.days.map((day) => day.date));
  return Array.from({ length: 7 }, (_, index) => addDays(monday, index)).filter(
    (date, index) => index < WEEKDAYS || counted.has(date),
  );
}

export interface AgentWeekRow {
  agent: AgentAdherence;
  /** The agent's day for each shown date; undefined where nothing is known. */
  days: (AgentAdherenceDay | undefined)[];
}

export interface TeamWeekGroup {
  team: TeamAdherence;
  /** The team's figures for each shown date. */
  days: (TeamAdherence['days'][number] | undefined)[];
  agents: AgentWeekRow[];
}

/** Lowest adherence first; agents with nothing counted (all week away) after, then by name. */
function worstFirst(a: AgentAdherence, b: AgentAdherence): number {
  const left = a.total.adherence ?? Number.POSITIVE_INFINITY;
  const right = b.total.adherence ?? Number.POSITIVE_INFINITY;
  return left - right || a.agentName.localeCompare(b.agentName, 'sv');
}

/**
 * The table of the week: a group per team in the report's order (by name, those without a
 * team last), its agents worst first, each with its days on the shown dates. Worst first is
 * the order a unit manager reads in: who to talk to this week.
 */
export function weekTable(report: AdherenceReport, dates: string[]): TeamWeekGroup[] {
  const on = <Day extends { date: string }>(days: Day[]) => {
    const byDate = new Map(days.map((day) => [day.date, day]));
    return dates.map((date) => byDate.get(date));
  };
  return report.teams.map((team) => ({
    team,
    days: on(team.days),
    agents: report.agents
      .filter((agent) => agent.teamId === team.teamId)
      .sort(worstFirst)
      .map((agent) => ({ agent, days: on(agent.days) })),
  }));
}
