import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, type Schemas, unwrap } from '../../../api/client';
import type { SavedScenario } from '../types';
import { refreshScenarios } from './get-scenarios';

/** Changes a saved scenario's name, note or figures; a name another has is refused (409). */
export async function updateScenario({
  id,
  scenario,
}: {
  id: number;
  scenario: Schemas['SaveFinanceScenarioDto'];
}): Promise<SavedScenario> {
  return unwrap<SavedScenario>(
    await apiClient.PUT('/api/finance/scenarios/{id}', {
      params: { path: { id } },
      body: scenario,
    }),
  );
}

export function useUpdateScenario() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateScenario,
    onSuccess: () => refreshScenarios(queryClient),
  });
}
