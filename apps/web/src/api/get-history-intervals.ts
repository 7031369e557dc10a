import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from './client';
import type { HistoryInterval } from './types';

export interface HistoryIntervalsQuery {
  answerGroupId: string;
  /** First local date. */
  from: string;
  /** Last local date, inclusive. */
  to: string;
}

export async function getHistoryIntervals(
  query: HistoryIntervalsQuery,
): Promise<HistoryInterval[]> {
  return unwrap<HistoryInterval[]>(
    await apiClient.GET('/api/history/intervals', { params: { query } }),
  );
}

export const historyIntervalsQueryOptions = (query: HistoryIntervalsQuery) =>
  queryOptions({
    queryKey: ['history', 'intervals', query],
    queryFn: () => getHistoryIntervals(query),
  });

export function useHistoryIntervals(query: HistoryIntervalsQuery, enabled = true) {
  return useQuery({ ...historyIntervalsQueryOptions(query), enabled });
}
