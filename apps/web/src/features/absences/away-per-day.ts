import { addDays } from '../../lib/dates';
import { type Absence, isAwayOn } from './types';

/** The weekdays a contact centre plans for, Monday first. */
const WEEKDAYS = 5;

/**
 * Agents away on each weekday of the week starting `monday`. An agent's absences never overlap
 * (the API refuses that), so counting absences counts agents.
 */
export function awayPerWeekday(
  absences: readonly Pick<Absence, 'fromDate' | 'toDate'>[],
  monday: string,
): { date: string; away: number }[] {
  return Array.from({ length: WEEKDAYS }, (_, index) => {
    const date = addDays(monday, index);
    const away = absences.filter((absence) => isAwayOn(absence, date)).length;
    return { date, away };
  });
}
