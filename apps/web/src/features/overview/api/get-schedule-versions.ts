import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, type Schemas, unwrap } from '../../../api/client';

export type ScheduleVersionSummary = Schemas['ScheduleVersionSummaryDto'];

/** Schedule versions of one week (Monday), newest first. */
export async function getScheduleVersions(weekStart: string): Promise<ScheduleVersionSummary[]> {
  return unwrap<ScheduleVersionSummary[]>(
    await apiClient.GET('/api/schedules', { params: { query: { weekStart } } }),
  );
}

export const scheduleVersionsQueryOptions = (weekStart: string) =>
  queryOptions({
    queryKey: ['schedules', { weekStart }],
    queryFn: () => getScheduleVersions(weekStart),
  });

export function useScheduleVersions(weekStart: string) {
  return useQuery(scheduleVersionsQueryOptions(weekStart));
}
