import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../api/client';
import type { EditCheck, ScheduleEdit } from '../types';

/** Dry run: the rules the edits would break and their effect on the service level. */
export async function checkScheduleEdits(id: number, edits: ScheduleEdit[]): Promise<EditCheck> {
  return unwrap<EditCheck>(
    await apiClient.POST('/api/schedules/{id}/edits', {
      params: { path: { id } },
      body: { edits },
    }),
  );
}

/**
 * The dry run of the edits made so far, as a query keyed by the edits: a drag or key press
 * that lands while an earlier check is under way never shows the earlier answer as the latest.
 * The previous answer stays on screen until the new one is there.
 */
export function useScheduleEditCheck(id: number, edits: ScheduleEdit[]) {
  return useQuery({
    queryKey: ['schedules', 'version', id, 'edits', edits],
    queryFn: () => checkScheduleEdits(id, edits),
    enabled: edits.length > 0,
    placeholderData: keepPreviousData,
    staleTime: Number.POSITIVE_INFINITY,
  });
}
