import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from './client';
import type { ForecastInterval } from './types';

export interface ForecastIntervalsQuery {
  forecastVersionId: number;
  answerGroupId: string;
  from: string;
  /** Last local date, inclusive. */
  to: string;
}

export async function getForecastIntervals({
  forecastVersionId,
  ...query
}: ForecastIntervalsQuery): Promise<ForecastInterval[]> {
  return unwrap<ForecastInterval[]>(
    await apiClient.GET('/api/forecasts/{id}/intervals', {
      params: { path: { id: forecastVersionId }, query },
    }),
  );
}

export const forecastIntervalsQueryOptions = (query: ForecastIntervalsQuery) =>
  queryOptions({
    queryKey: ['forecasts', query.forecastVersionId, 'intervals', query],
    queryFn: () => getForecastIntervals(query),
  });

export function useForecastIntervals(query: ForecastIntervalsQuery | undefined) {
  return useQuery({
    ...forecastIntervalsQueryOptions(
      query ?? { forecastVersionId: 0, answerGroupId: '', from: '1970-01-01', to: '1970-01-01' },
    ),
    enabled: query !== undefined,
  });
}
