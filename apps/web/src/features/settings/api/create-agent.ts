import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, type Schemas, unwrap } from '../../../api/client';
import type { Agent } from '../../../api/types';

export async function createAgent(agent: Schemas['CreateAgentDto']): Promise<Agent> {
  return unwrap<Agent>(await apiClient.POST('/api/agents', { body: agent }));
}

export function useCreateAgent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createAgent,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['agents'] }),
  });
}
