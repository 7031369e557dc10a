import { type QueryClient, useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../api/client';
import type { SavedScenario } from '../types';

const SCENARIOS_KEY = ['finance', 'scenarios'];

/** Saved scenarios, by name. */
export async function getScenarios(): Promise<SavedScenario[]> {
  return unwrap<SavedScenario[]>(await apiClient.GET('/api/finance/scenarios'));
}

export function useScenarios() {
  return useQuery({ queryKey: SCENARIOS_KEY, queryFn: getScenarios });
}

/** After a scenario is saved, changed or deleted. */
export function refreshScenarios(queryClient: QueryClient) {
  return queryClient.invalidateQueries({ queryKey: SCENARIOS_KEY });
}
