import { useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../api/client';
import type { AbsenceImpact } from '../types';

/** The shifts absences registered after the version was made take, and its service without them. */
export async function getAbsenceImpact(id: number): Promise<AbsenceImpact> {
  return unwrap<AbsenceImpact>(
    await apiClient.GET('/api/schedules/{id}/absences', { params: { path: { id } } }),
  );
}

/** Shifts all the absences take from the version. */
export function lostShiftCount(impact: AbsenceImpact): number {
  return impact.absences.reduce((sum, absence) => sum + absence.lostShifts.length, 0);
}

/** Keyed under 'schedule-absences', which registering or ending an absence invalidates. */
export function useAbsenceImpact(id: number | undefined) {
  return useQuery({
    queryKey: ['schedule-absences', id],
    queryFn: () => getAbsenceImpact(id ?? 0),
    enabled: id !== undefined,
  });
}
