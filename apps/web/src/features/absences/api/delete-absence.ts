import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../api/client';
import { refreshAbsences } from './get-absences';

/** Removes an absence registered by mistake. */
export async function deleteAbsence(id: number): Promise<void> {
  unwrap(await apiClient.DELETE('/api/absences/{id}', { params: { path: { id } } }));
}

export function useDeleteAbsence() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteAbsence,
    onSuccess: () => refreshAbsences(queryClient),
  });
}
