import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from './client';
import type { HistoryImport } from './types';

/** The import log, newest first. */
export async function getHistoryImports(): Promise<HistoryImport[]> {
  return unwrap<HistoryImport[]>(await apiClient.GET('/api/history/imports'));
}

export const historyImportsQueryOptions = () =>
  queryOptions({ queryKey: ['history', 'imports'], queryFn: getHistoryImports });

export function useHistoryImports() {
  return useQuery(historyImportsQueryOptions());
}
