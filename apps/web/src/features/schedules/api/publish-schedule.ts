import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../api/client';
import type { ScheduleVersion } from '../types';

export interface PublishInput {
  id: number;
  /** Publish even though the daily rest breaks against the published weeks around. */
  force?: boolean;
}

/**
 * Publishes a version; the week's earlier published version becomes superseded. A 422 names
 * the daily rests a week published since would break (`refusedRules`), unless forced.
 */
export async function publishSchedule({ id, force }: PublishInput): Promise<ScheduleVersion> {
  return unwrap<ScheduleVersion>(
    await apiClient.POST('/api/schedules/{id}/publish', {
      params: { path: { id } },
      body: force ? { force } : {},
    }),
  );
}

export function usePublishSchedule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: publishSchedule,
    // The overview's published-schedule line and every version list of the week change.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['schedules'] }),
  });
}
