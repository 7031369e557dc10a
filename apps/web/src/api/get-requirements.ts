import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from './client';
import type { Requirements } from './types';

export interface RequirementsQuery {
  forecastVersionId: number;
  /** One answer group; all when absent. */
  answerGroupId?: string;
  from: string;
  /** Last local date, inclusive. */
  to: string;
}

export async function getRequirements(query: RequirementsQuery): Promise<Requirements> {
  return unwrap<Requirements>(await apiClient.GET('/api/requirements', { params: { query } }));
}

export const requirementsQueryOptions = (query: RequirementsQuery) =>
  queryOptions({ queryKey: ['requirements', query], queryFn: () => getRequirements(query) });

export function useRequirements(query: RequirementsQuery | undefined) {
  return useQuery({
    ...requirementsQueryOptions(
      query ?? { forecastVersionId: 0, from: '1970-01-01', to: '1970-01-01' },
    ),
    enabled: query !== undefined,
  });
}
