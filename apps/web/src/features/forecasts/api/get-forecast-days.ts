import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../api/client';
import type { ForecastDay } from '../../../api/types';

export interface ForecastDaysQuery {
  forecastVersionId: number;
  answerGroupId: string;
  from: string;
  to: string;
}

/** Daily forecast calls of one group with the prediction interval. */
export async function getForecastDays({
  forecastVersionId,
  ...query
}: ForecastDaysQuery): Promise<ForecastDay[]> {
  return unwrap<ForecastDay[]>(
    await apiClient.GET('/api/forecasts/{id}/days', {
      params: { path: { id: forecastVersionId }, query },
    }),
  );
}

export const forecastDaysQueryOptions = (query: ForecastDaysQuery) =>
  queryOptions({
    queryKey: ['forecasts', query.forecastVersionId, 'days', query],
    queryFn: () => getForecastDays(query),
  });

export function useForecastDays(query: ForecastDaysQuery | undefined) {
  return useQuery({
    ...forecastDaysQueryOptions(
      query ?? { forecastVersionId: 0, answerGroupId: '', from: '1970-01-01', to: '1970-01-01' },
    ),
    enabled: query !== undefined,
  });
}
