import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, type Schemas, unwrap } from '../../../api/client';
import type { SavedScenario } from '../types';
import { refreshScenarios } from './get-scenarios';

/** Saves a scenario under a name of its own; a name another scenario has is refused (409). */
export async function createScenario(
  scenario: Schemas['SaveFinanceScenarioDto'],
): Promise<SavedScenario> {
  return unwrap<SavedScenario>(await apiClient.POST('/api/finance/scenarios', { body: scenario }));
}

export function useCreateScenario() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createScenario,
    onSuccess: () => refreshScenarios(queryClient),
  });
}
