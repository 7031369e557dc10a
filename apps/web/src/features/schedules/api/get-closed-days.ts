import { useQuery } from '@tanstack/react-query';
import { apiClient, type Schemas, unwrap } from '../../../api/client';

export type ClosedDay = Schemas['ClosedDayDto'];

/** The holidays and eves that are days off in the week from `weekStart`. */
export async function getClosedDays(weekStart: string): Promise<ClosedDay[]> {
  return unwrap<ClosedDay[]>(
    await apiClient.GET('/api/calendar/closed-days', { params: { query: { weekStart } } }),
  );
}

export function useClosedDays(weekStart: string) {
  return useQuery({
    queryKey: ['calendar', 'closed-days', weekStart],
    queryFn: () => getClosedDays(weekStart),
    // The calendar of a week does not change while the app is open.
    staleTime: Number.POSITIVE_INFINITY,
  });
}
