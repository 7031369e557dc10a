import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../api/client';
import { refreshScenarios } from './get-scenarios';

/** Deletes a saved scenario. */
export async function deleteScenario(id: number): Promise<void> {
  unwrap(await apiClient.DELETE('/api/finance/scenarios/{id}', { params: { path: { id } } }));
}

export function useDeleteScenario() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteScenario,
    onSuccess: () => refreshScenarios(queryClient),
  });
}
