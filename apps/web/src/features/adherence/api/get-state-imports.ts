import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../api/client';
import type { AgentStateImport } from '../types';

/** The agent-state import log, newest first. */
export async function getStateImports(): Promise<AgentStateImport[]> {
  return unwrap<AgentStateImport[]>(await apiClient.GET('/api/adherence/imports'));
}

export const stateImportsQueryOptions = () =>
  queryOptions({ queryKey: ['adherence', 'imports'], queryFn: getStateImports });

export function useStateImports() {
  return useQuery(stateImportsQueryOptions());
}
