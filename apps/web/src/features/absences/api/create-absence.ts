import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, type Schemas, unwrap } from '../../../api/client';
import type { Absence } from '../types';
import { refreshAbsences } from './get-absences';

/** Registers an absence; the API refuses one overlapping the agent's own (409). */
export async function createAbsence(absence: Schemas['CreateAbsenceDto']): Promise<Absence> {
  return unwrap<Absence>(await apiClient.POST('/api/absences', { body: absence }));
}

export function useCreateAbsence() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createAbsence,
    onSuccess: () => refreshAbsences(queryClient),
  });
}
