import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, type Schemas, unwrap } from '../../../api/client';

export type ScheduleRulesView = Schemas['ScheduleRulesViewDto'];
export type ScheduleRules = Schemas['ScheduleRulesDto'];

/** The centre's working-time rules, Bemanna's defaults, and which rules differ. */
export async function getScheduleRules(): Promise<ScheduleRulesView> {
  return unwrap<ScheduleRulesView>(await apiClient.GET('/api/schedule-rules'));
}

export const scheduleRulesQueryOptions = () =>
  queryOptions({ queryKey: ['schedule-rules'], queryFn: getScheduleRules });

export function useScheduleRules() {
  return useQuery(scheduleRulesQueryOptions());
}
