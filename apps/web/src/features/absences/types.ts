import type { Schemas } from '../../api/client';

export type Absence = Schemas['AbsenceDto'];
export type AbsenceKind = Absence['kind'];

/**
 * Whether a kind ends with a friskanmälan (the agent, or the sick child, is well again) rather
 * than on a day known in advance. A Record, so that a kind the API adds fails `tsc` here.
 */
const ENDS_WHEN_WELL: Record<AbsenceKind, boolean> = {
  vacation: false,
  sick: true,
  childCare: true,
  parentalLeave: false,
  training: false,
  leave: false,
  other: false,
};

/** Every kind, in the order the form offers them. */
export const ABSENCE_KINDS = Object.keys(ENDS_WHEN_WELL) as AbsenceKind[];

export function endsWhenWell(kind: AbsenceKind): boolean {
  return ENDS_WHEN_WELL[kind];
}

/** Whether an absence covers the local `date` (its last day included). */
export function isAwayOn(absence: Pick<Absence, 'fromDate' | 'toDate'>, date: string): boolean {
  return absence.fromDate <= date && date <= absence.toDate;
}
