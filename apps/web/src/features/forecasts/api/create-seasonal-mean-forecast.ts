import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, type Schemas, unwrap } from '../../../api/client';
import type { ForecastVersion } from '../../../api/types';

export type SeasonalMeanForecastInput = Schemas['CreateSeasonalMeanForecastDto'];

/** Runs a forecast: the mean of the same weekday and time over the weeks before `from`. */
export async function createSeasonalMeanForecast(
  input: SeasonalMeanForecastInput,
): Promise<ForecastVersion> {
  return unwrap<ForecastVersion>(
    await apiClient.POST('/api/forecasts/seasonal-mean', { body: input }),
  );
}

export function useCreateSeasonalMeanForecast() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createSeasonalMeanForecast,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['forecasts'] }),
  });
}
