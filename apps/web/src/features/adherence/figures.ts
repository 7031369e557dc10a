import { formatPercent, type Language } from '../../lib/format';
import type { AdherenceFigures } from './types';

/** The adherence a unit aims for; the team chart draws it and the table's green starts at it. */
export const ADHERENCE_TARGET = 0.9;
/** Below this a day is clearly off the schedule (red), between it and the target a warning. */
export const ADHERENCE_WARNING_FLOOR = 0.8;

export type AdherenceBand = 'good' | 'warn' | 'bad';

/** How an adherence compares with the target; null when nothing scheduled was covered. */
export function adherenceBand(adherence: number | null): AdherenceBand | null {
  if (adherence === null) return null;
  if (adherence >= ADHERENCE_TARGET) return 'good';
  return adherence >= ADHERENCE_WARNING_FLOOR ? 'warn' : 'bad';
}

/** Scheduled time spent in a state that did not keep to it, in hours. */
export function hoursOutOfAdherence(figures: AdherenceFigures): number {
  return (figures.scheduledMinutes - figures.adherentMinutes) / 60;
}

/** A share as a percentage, '–' where nothing was counted (or nothing is known). */
export function formatShare(share: number | null | undefined, language: Language): string {
  return share === null || share === undefined ? '–' : formatPercent(share, language);
}
