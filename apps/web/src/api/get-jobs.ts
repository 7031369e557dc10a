import { useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from './client';
import { isUnderWay } from './get-job';
import type { Job } from './types';

/** Newest first, polled every 2 s while one of them is queued or running, else every 30 s. */
export function useRecentJobs(limit = 20) {
  return useQuery({
    queryKey: ['jobs', 'recent', limit],
    queryFn: async () =>
      unwrap<Job[]>(await apiClient.GET('/api/jobs', { params: { query: { limit } } })),
    refetchInterval: (query) => (query.state.data?.some(isUnderWay) ? 2000 : 30_000),
  });
}
