import { useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../api/client';
import type { CoverOption, ScheduleEdit } from '../types';

/** Who could best cover `date` with an extra shift, on the version as the edits leave it. */
export async function getCoverOptions(
  id: number,
  date: string,
  edits: ScheduleEdit[],
): Promise<CoverOption[]> {
  return unwrap<CoverOption[]>(
    await apiClient.POST('/api/schedules/{id}/cover', {
      params: { path: { id } },
      body: { date, edits },
    }),
  );
}

/** Asked again whenever the edits change: a shift added or removed changes who helps most. */
export function useCoverOptions(id: number, date: string, edits: ScheduleEdit[]) {
  return useQuery({
    queryKey: ['schedules', 'version', id, 'cover', date, edits],
    queryFn: () => getCoverOptions(id, date, edits),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
