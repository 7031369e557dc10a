import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../api/client';
import type { ScheduleVersion } from '../types';

/** Saves version `id` as the week now stands: a new draft without the shifts lost to absences. */
export async function saveWithAbsences(id: number, name: string): Promise<ScheduleVersion> {
  return unwrap<ScheduleVersion>(
    await apiClient.POST('/api/schedules/{id}/absences', {
      params: { path: { id } },
      body: { name },
    }),
  );
}

export function useSaveWithAbsences(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => saveWithAbsences(id, name),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['schedules'] }),
  });
}
