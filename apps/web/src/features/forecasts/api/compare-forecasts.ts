import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../api/client';
import type { ForecastComparison } from '../../../api/types';

export interface CompareForecastsQuery {
  a: number;
  b: number;
  answerGroupId: string;
}

/** Calls per day of two versions of one group and their difference. */
export async function compareForecasts(query: CompareForecastsQuery): Promise<ForecastComparison> {
  return unwrap<ForecastComparison>(
    await apiClient.GET('/api/forecasts/compare', { params: { query } }),
  );
}

export const compareForecastsQueryOptions = (query: CompareForecastsQuery) =>
  queryOptions({
    queryKey: ['forecasts', 'compare', query],
    queryFn: () => compareForecasts(query),
  });

export function useCompareForecasts(query: CompareForecastsQuery | undefined) {
  return useQuery({
    ...compareForecastsQueryOptions(query ?? { a: 0, b: 0, answerGroupId: '' }),
    enabled: query !== undefined,
  });
}
