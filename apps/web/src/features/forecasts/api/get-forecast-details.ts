import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../api/client';
import type { ForecastDetails } from '../../../api/types';

/** A version with its method per group, backtest accuracy table and adjustments. */
export async function getForecastDetails(id: number): Promise<ForecastDetails> {
  return unwrap<ForecastDetails>(
    await apiClient.GET('/api/forecasts/{id}/details', { params: { path: { id } } }),
  );
}

export const forecastDetailsQueryOptions = (id: number) =>
  queryOptions({ queryKey: ['forecasts', id, 'details'], queryFn: () => getForecastDetails(id) });

export function useForecastDetails(id: number) {
  return useQuery(forecastDetailsQueryOptions(id));
}
