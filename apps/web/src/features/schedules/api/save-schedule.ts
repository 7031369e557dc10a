import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, apiClient, type Schemas, unwrap } from '../../../api/client';
import type { BrokenRule, ScheduleVersion } from '../types';

export type SaveScheduleInput = Schemas['SaveScheduleDto'];

/** Saves the edits as a new version derived from `id`; 422 names the broken rules unless forced. */
export async function saveSchedule(id: number, input: SaveScheduleInput): Promise<ScheduleVersion> {
  return unwrap<ScheduleVersion>(
    await apiClient.PUT('/api/schedules/{id}', { params: { path: { id } }, body: input }),
  );
}

/** The rules a refused save (422) names; empty for any other error. */
export function refusedRules(error: unknown): BrokenRule[] {
  if (!(error instanceof ApiError) || error.status !== 422) return [];
  const body = error.body;
  if (body && typeof body === 'object' && 'brokenRules' in body && Array.isArray(body.brokenRules))
    return body.brokenRules as BrokenRule[];
  return [];
}

export function useSaveSchedule(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SaveScheduleInput) => saveSchedule(id, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['schedules'] }),
  });
}
