import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../api/client';
import type { ForecastIntervalBounds } from '../../../api/types';

export interface ForecastIntervalBoundsQuery {
  forecastVersionId: number;
  answerGroupId: string;
  from: string;
  to: string;
}

/** Forecast calls per interval of one group with the prediction interval. */
export async function getForecastIntervalBounds({
  forecastVersionId,
  ...query
}: ForecastIntervalBoundsQuery): Promise<ForecastIntervalBounds[]> {
  return unwrap<ForecastIntervalBounds[]>(
    await apiClient.GET('/api/forecasts/{id}/interval-bounds', {
      params: { path: { id: forecastVersionId }, query },
    }),
  );
}

export const forecastIntervalBoundsQueryOptions = (query: ForecastIntervalBoundsQuery) =>
  queryOptions({
    queryKey: ['forecasts', query.forecastVersionId, 'interval-bounds', query],
    queryFn: () => getForecastIntervalBounds(query),
  });

export function useForecastIntervalBounds(query: ForecastIntervalBoundsQuery | undefined) {
  return useQuery({
    ...forecastIntervalBoundsQueryOptions(
      query ?? { forecastVersionId: 0, answerGroupId: '', from: '1970-01-01', to: '1970-01-01' },
    ),
    enabled: query !== undefined,
  });
}
