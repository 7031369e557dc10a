import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, type Schemas, unwrap } from '../../../api/client';
import type { Team } from '../../../api/types';

export async function createTeam(team: Schemas['CreateTeamDto']): Promise<Team> {
  return unwrap<Team>(await apiClient.POST('/api/teams', { body: team }));
}

export function useCreateTeam() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createTeam,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['teams'] }),
  });
}
