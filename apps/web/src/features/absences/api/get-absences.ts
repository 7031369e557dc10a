import { type QueryClient, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../api/client';
import type { Absence } from '../types';

export interface AbsencesQuery {
  /** First local date of the period. */
  from: string;
  /** Last local date, inclusive. */
  to: string;
}

/** Absences overlapping the period, by first day, then agent name. */
export async function getAbsences(query: AbsencesQuery): Promise<Absence[]> {
  return unwrap<Absence[]>(await apiClient.GET('/api/absences', { params: { query } }));
}

export const absencesQueryOptions = (query: AbsencesQuery) =>
  queryOptions({ queryKey: ['absences', query], queryFn: () => getAbsences(query) });

export function useAbsences(query: AbsencesQuery) {
  return useQuery(absencesQueryOptions(query));
}

/**
 * After an absence is registered, changed or removed: every list of absences, and what absences
 * registered after a schedule was made cost it (the Schedule page's 'schedule-absences').
 */
export function refreshAbsences(queryClient: QueryClient) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: ['absences'] }),
    queryClient.invalidateQueries({ queryKey: ['schedule-absences'] }),
  ]);
}
