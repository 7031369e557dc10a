import type { Agent } from '../../api/types';
import { addDays } from '../../lib/dates';
import { ABSENCE_KINDS, type Absence, type AbsenceKind, isAwayOn } from './types';

/**
 * Share of the week's contracted weekday time each kind of absence takes: per weekday, every
 * employed agent's contract / 5, and the part of it of those away. Sick leave measured this way
 * is what a unit manager holds against the target (6.5% in many municipalities). Kinds with no
 * absence are left out, in the form's order.
 */
export function absenceShare(
  absences: readonly Absence[],
  agents: readonly Agent[],
  monday: string,
): { kind: AbsenceKind; share: number }[] {
  const away = new Map<AbsenceKind, number>();
  let contracted = 0;
  for (let day = 0; day < 5; day++) {
    const date = addDays(monday, day);
    for (const agent of agents) {
      if (agent.startDate > date || (agent.endDate !== null && agent.endDate < date)) continue;
      const minutes = agent.contractMinutesPerWeek / 5;
      contracted += minutes;
      const absence = absences.find((a) => a.agentId === agent.id && isAwayOn(a, date));
      if (absence) away.set(absence.kind, (away.get(absence.kind) ?? 0) + minutes);
    }
  }
  return ABSENCE_KINDS.filter((kind) => away.has(kind)).map((kind) => ({
    kind,
    share: contracted > 0 ? (away.get(kind) ?? 0) / contracted : 0,
  }));
}
