import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, type Schemas, unwrap } from '../../../api/client';
import type { Agent } from '../../../api/types';

export async function updateAgent({
  id,
  changes,
}: {
  id: string;
  changes: Schemas['UpdateAgentDto'];
}): Promise<Agent> {
  return unwrap<Agent>(
    await apiClient.PATCH('/api/agents/{id}', { params: { path: { id } }, body: changes }),
  );
}

export function useUpdateAgent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateAgent,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['agents'] }),
  });
}
