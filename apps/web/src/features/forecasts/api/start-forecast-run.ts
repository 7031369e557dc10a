import { useMutation } from '@tanstack/react-query';
import { apiClient, type Schemas, unwrap } from '../../../api/client';

export type ForecastRunInput = Schemas['CreateForecastRunDto'];
export type ForecastMethod = NonNullable<ForecastRunInput['method']>;

/** Starts a forecast run as a background job; follow it with useJob(jobId). */
export async function startForecastRun(input: ForecastRunInput) {
  return unwrap<Schemas['JobAcceptedDto']>(
    await apiClient.POST('/api/forecasts/runs', { body: input }),
  );
}

export function useStartForecastRun() {
  return useMutation({ mutationFn: startForecastRun });
}
