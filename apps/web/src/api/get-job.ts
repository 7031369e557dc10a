import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient, unwrap } from './client';
import type { Job } from './types';

export async function getJob(id: number): Promise<Job> {
  return unwrap<Job>(await apiClient.GET('/api/jobs/{id}', { params: { path: { id } } }));
}

export const jobQueryOptions = (id: number) =>
  queryOptions({ queryKey: ['jobs', id], queryFn: () => getJob(id) });

/** Whether a job is queued or running: it may still change, and can be cancelled. */
export function isUnderWay(job: Pick<Job, 'status'> | undefined): boolean {
  return job?.status === 'queued' || job?.status === 'running';
}

/** A background job, polled every second until it has ended. */
export function useJob(id: number | undefined) {
  return useQuery({
    ...jobQueryOptions(id ?? 0),
    enabled: id !== undefined,
    refetchInterval: (query) => (query.state.data && !isUnderWay(query.state.data) ? false : 1000),
  });
}

/**
 * Asks the API to cancel a job (`cancel`) or to have a running one finish now with what it has
 * (`finish`); the job as it then is replaces the polled one.
 */
export function useJobRequest(request: 'cancel' | 'finish') {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: number) =>
      unwrap<Job>(
        request === 'cancel'
          ? await apiClient.POST('/api/jobs/{id}/cancel', { params: { path: { id } } })
          : await apiClient.POST('/api/jobs/{id}/finish', { params: { path: { id } } }),
      ),
    onSuccess: (job) => queryClient.setQueryData(jobQueryOptions(job.id).queryKey, job),
  });
}
