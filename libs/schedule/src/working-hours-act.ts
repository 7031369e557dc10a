import type { ScheduleRules } from './types';

/**
 * The limits of the Swedish Working Hours Act (Arbetstidslagen) that a week's rules carry: at
 * most 5 hours of work without a break (15 §), 11 hours' daily rest (13 §) and 36 hours'
 * weekly rest (14 §). Collective agreements may differ, so scenarios state their own rules;
 * these are the law's values to start from.
 */
export const WORKING_HOURS_ACT = {
  maxWorkWithoutBreakMinutes: 300,
  minDailyRestMinutes: 660,
  minWeeklyRestMinutes: 2160,
} as const satisfies Partial<ScheduleRules>;
