import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from './client';
import type { WrittenQueue } from './types';

export async function getWrittenQueues(): Promise<WrittenQueue[]> {
  return unwrap<WrittenQueue[]>(await apiClient.GET('/api/written-queues'));
}

export const writtenQueuesQueryOptions = () =>
  queryOptions({ queryKey: ['written-queues'], queryFn: getWrittenQueues });

export function useWrittenQueues() {
  return useQuery(writtenQueuesQueryOptions());
}
