import { useQuery } from '@tanstack/react-query';
import { apiClient, type Schemas, unwrap } from '../../../api/client';

export type NightlyForecast = Schemas['NightlyForecastDto'];

/** When the API refreshes the forecast by itself at night, and next. */
export function useNightlyForecast() {
  return useQuery({
    queryKey: ['forecasts', 'nightly'],
    queryFn: async () =>
      unwrap<NightlyForecast>(await apiClient.GET('/api/forecasts/runs/nightly')),
  });
}
