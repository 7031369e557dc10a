import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../api/client';
import type { Agent } from '../../../api/types';

export async function getAgents(): Promise<Agent[]> {
  return unwrap<Agent[]>(await apiClient.GET('/api/agents'));
}

export const agentsQueryOptions = () => queryOptions({ queryKey: ['agents'], queryFn: getAgents });

export function useAgents() {
  return useQuery(agentsQueryOptions());
}
