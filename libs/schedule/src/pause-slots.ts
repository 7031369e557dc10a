import type { Scenario } from './types';

/** Lunch and break as the optimiser sees them: whole intervals, and the work allowed between. */
export interface PauseSlots {
  /** Intervals a lunch takes off the phone. */
  lunchLength: number;
  /** Intervals a break takes off the phone. */
  breakLength: number;
  /** Most intervals of work between pauses (and before the first, after the last). */
  maxWork: number;
  /** Fewest intervals of work between pauses (and before the first, after the last). */
  minWork: number;
}

/**
 * A pause shorter than whole intervals (a 10-minute break at 15-minute intervals) takes its
 * whole last interval off the phone: it starts on an interval boundary and the agent works
 * the rest of that interval (`activitiesOfLabels`), but an agent counts as phone staffing only
 * in intervals they serve throughout (`phoneAgentsOf`), so the optimiser's interval model and
 * the report agree. That remainder is work, so it lengthens the stretch of work after the
 * pause: the stretches are kept short enough for the longest such remainder. Stretches are at
 * least one interval, so a pause always has work on both sides.
 */
export function pauseSlots(scenario: Scenario): PauseSlots {
  const { rules, intervalMinutes } = scenario;
  const slot = (minutes: number) => Math.ceil(minutes / intervalMinutes);
  const remainder = (minutes: number) => slot(minutes) * intervalMinutes - minutes;
  return {
    lunchLength: slot(rules.lunchMinutes),
    breakLength: slot(rules.breakMinutes),
    maxWork: Math.floor(
      (rules.maxWorkWithoutBreakMinutes -
        Math.max(remainder(rules.lunchMinutes), remainder(rules.breakMinutes))) /
        intervalMinutes,
    ),
    minWork: Math.max(1, Math.ceil((rules.minWorkBetweenBreaksMinutes ?? 0) / intervalMinutes)),
  };
}
