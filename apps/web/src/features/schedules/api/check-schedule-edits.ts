import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
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

const editCheckKey = (id: number, edits: ScheduleEdit[]) => [
  'schedules',
  'version',
  id,
  'edits',
  edits,
];

/**
 * The dry run of the edits made so far, as a query keyed by the edits: a drag or key press
 * that lands while an earlier check is under way never shows the earlier answer as the latest.
 * The previous answer stays on screen until the new one is there.
 */
export function useScheduleEditCheck(id: number, edits: ScheduleEdit[]) {
  return useQuery({
    queryKey: editCheckKey(id, edits),
    queryFn: () => checkScheduleEdits(id, edits),
    enabled: edits.length > 0,
    placeholderData: keepPreviousData,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/**
 * The answered dry run of the most edits from the first, and how many it covers: the edited
 * schedule to build on while the newest edits are being checked. An answer for other edits
 * (a drag that replaced the last one, edits undone) would show what is no longer asked.
 */
export function useLatestCheck(
  id: number,
  edits: ScheduleEdit[],
): { check: EditCheck | undefined; covers: number } {
  const queryClient = useQueryClient();
  for (let covers = edits.length; covers > 0; covers--) {
    const check = queryClient.getQueryData<EditCheck>(editCheckKey(id, edits.slice(0, covers)));
    if (check) return { check, covers };
  }
  return { check: undefined, covers: 0 };
}
