import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../api/client';
import type { ImportProfile } from '../../../api/types';

export async function getImportProfiles(): Promise<ImportProfile[]> {
  return unwrap<ImportProfile[]>(await apiClient.GET('/api/history/import-profiles'));
}

export const importProfilesQueryOptions = () =>
  queryOptions({ queryKey: ['history', 'import-profiles'], queryFn: getImportProfiles });

export function useImportProfiles() {
  return useQuery(importProfilesQueryOptions());
}
