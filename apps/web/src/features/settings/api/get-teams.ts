import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../api/client';
import type { Team } from '../../../api/types';

export async function getTeams(): Promise<Team[]> {
  return unwrap<Team[]>(await apiClient.GET('/api/teams'));
}

export const teamsQueryOptions = () => queryOptions({ queryKey: ['teams'], queryFn: getTeams });

export function useTeams() {
  return useQuery(teamsQueryOptions());
}
