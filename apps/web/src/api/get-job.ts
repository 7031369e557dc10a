import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from './client';
import type { Job } from './types';

export async function getJob(id: number): Promise<Job> {
  return unwrap<Job>(await apiClient.GET('/api/jobs/{id}', { params: { path: { id } } }));
}

export const jobQueryOptions = (id: number) =>
  queryOptions({ queryKey: ['jobs', id], queryFn: () => getJob(id) });

/** A background job, polled every second until it has succeeded or failed. */
export function useJob(id: number | undefined) {
  return useQuery({
    ...jobQueryOptions(id ?? 0),
    enabled: id !== undefined,
    refetchInterval: (query) => {
      const status = query.state.data?.status;
      return status === 'succeeded' || status === 'failed' ? false : 1000;
    },
  });
}
