import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, type Schemas, unwrap } from '../../../api/client';
import type { ForecastDetails } from '../../../api/types';

export interface CreateAdjustmentInput {
  forecastVersionId: number;
  adjustment: Schemas['CreateAdjustmentDto'];
}

/** Adjusts a day or period of one group; the API makes a new version derived from this one. */
export async function createAdjustment({
  forecastVersionId,
  adjustment,
}: CreateAdjustmentInput): Promise<ForecastDetails> {
  return unwrap<ForecastDetails>(
    await apiClient.POST('/api/forecasts/{id}/adjustments', {
      params: { path: { id: forecastVersionId } },
      body: adjustment,
    }),
  );
}

export function useCreateAdjustment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createAdjustment,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['forecasts'] }),
  });
}
