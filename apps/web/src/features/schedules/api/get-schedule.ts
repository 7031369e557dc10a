import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../api/client';
import type { ScheduleVersion } from '../types';

/** One schedule version with its scenario, schedule and report. */
export async function getSchedule(id: number): Promise<ScheduleVersion> {
  return unwrap<ScheduleVersion>(
    await apiClient.GET('/api/schedules/{id}', { params: { path: { id } } }),
  );
}

export const scheduleQueryOptions = (id: number) =>
  queryOptions({ queryKey: ['schedules', 'version', id], queryFn: () => getSchedule(id) });

export function useSchedule(id: number | undefined) {
  return useQuery({ ...scheduleQueryOptions(id ?? 0), enabled: id !== undefined });
}
