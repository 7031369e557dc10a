import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, type Schemas, unwrap } from '../../../api/client';
import type { Absence } from '../types';
import { refreshAbsences } from './get-absences';

/** Changes an absence's kind, days or note, e.g. ends sick leave on the day of a friskanmälan. */
export async function updateAbsence({
  id,
  changes,
}: {
  id: number;
  changes: Schemas['UpdateAbsenceDto'];
}): Promise<Absence> {
  return unwrap<Absence>(
    await apiClient.PATCH('/api/absences/{id}', { params: { path: { id } }, body: changes }),
  );
}

export function useUpdateAbsence() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateAbsence,
    onSuccess: () => refreshAbsences(queryClient),
  });
}
