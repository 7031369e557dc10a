import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from './client';
import type { ForecastVersion } from './types';

/** Forecast versions, newest first. */
export async function getForecastVersions(): Promise<ForecastVersion[]> {
  return unwrap<ForecastVersion[]>(await apiClient.GET('/api/forecasts'));
}

export const forecastVersionsQueryOptions = () =>
  queryOptions({ queryKey: ['forecasts'], queryFn: getForecastVersions });

export function useForecastVersions() {
  return useQuery(forecastVersionsQueryOptions());
}
