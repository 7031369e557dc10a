import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../api/client';
import type { AdherenceReport } from '../types';

export interface AdherenceQuery {
  /** First local date. */
  from: string;
  /** Last local date, inclusive; at most 31 days after `from`. */
  to: string;
  /** Only this team's agents; all teams when left out. */
  teamId?: string;
}

/** Adherence per agent, team and day against the published schedules. */
export async function getAdherence(query: AdherenceQuery): Promise<AdherenceReport> {
  return unwrap<AdherenceReport>(await apiClient.GET('/api/adherence', { params: { query } }));
}

export const adherenceQueryOptions = (query: AdherenceQuery) =>
  queryOptions({
    queryKey: ['adherence', 'report', query],
    queryFn: () => getAdherence(query),
  });

export function useAdherence(query: AdherenceQuery) {
  return useQuery(adherenceQueryOptions(query));
}
