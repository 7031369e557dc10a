import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../api/client';
import type { ScheduleVersion } from '../types';

/** Publishes a version; the week's earlier published version becomes superseded. */
export async function publishSchedule(id: number): Promise<ScheduleVersion> {
  return unwrap<ScheduleVersion>(
    await apiClient.POST('/api/schedules/{id}/publish', { params: { path: { id } } }),
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
