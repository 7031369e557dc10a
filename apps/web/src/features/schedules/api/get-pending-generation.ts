import { useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../api/client';
import { isUnderWay } from '../../../api/get-job';
import type { Job } from '../../../api/types';

/**
 * The schedule generation for the week from `weekStart` that is queued or running, if any:
 * one started before the page was opened or reloaded (or by someone else), so the page follows
 * it instead of forgetting it.
 */
export async function getPendingGeneration(weekStart: string): Promise<Job | null> {
  const jobs = unwrap<Job[]>(
    await apiClient.GET('/api/jobs', {
      params: { query: { kind: 'schedule-generation', limit: 20 } },
    }),
  );
  return jobs.find((job) => isUnderWay(job) && job.parameters.weekStart === weekStart) ?? null;
}

export function usePendingGeneration(weekStart: string) {
  return useQuery({
    queryKey: ['jobs', 'pending-generation', weekStart],
    queryFn: () => getPendingGeneration(weekStart),
    // Asked when the week is opened; from then on the page follows the job itself.
    staleTime: Number.POSITIVE_INFINITY,
  });
}
