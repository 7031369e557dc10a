import { addLocalDays } from '@bemanna/calendar';
import type { Absence, AbsenceKind } from './absence.entity';

/** The key of one agent's local day: `agentId|YYYY-MM-DD`. */
export const agentDayKey = (agentId: string, date: string) => `${agentId}|${date}`;

/** The agent and date of an `agentDayKey`; a date is always ten characters. */
export function splitAgentDayKey(key: string): { agentId: string; date: string } {
  return { agentId: key.slice(0, -11), date: key.slice(-10) };
}

/**
 * Every day of the absences, by agent and date (`agentDayKey`), to the absence's kind; only
 * the days from `within.from` to `within.to` when given.
 */
export function absenceDays(
  absences: readonly Pick<Absence, 'agentId' | 'kind' | 'fromDate' | 'toDate'>[],
  within?: { from: string; to: string },
): Map<string, AbsenceKind> {
  const days = new Map<string, AbsenceKind>();
  for (const absence of absences) {
    const first = within && within.from > absence.fromDate ? within.from : absence.fromDate;
    const last = within && within.to < absence.toDate ? within.to : absence.toDate;
    for (let date = first; date <= last; date = addLocalDays(date, 1)) {
      days.set(agentDayKey(absence.agentId, date), absence.kind);
    }
  }
  return days;
}
