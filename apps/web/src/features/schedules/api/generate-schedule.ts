import { useMutation } from '@tanstack/react-query';
import { apiClient, type Schemas, unwrap } from '../../../api/client';

export type GenerateScheduleInput = Schemas['GenerateScheduleDto'];

/** Starts generating a week's schedule as a background job; follow it with useJob(jobId). */
export async function generateSchedule(input: GenerateScheduleInput) {
  return unwrap<Schemas['JobAcceptedDto']>(
    await apiClient.POST('/api/schedules/generate', { body: input }),
  );
}

export function useGenerateSchedule() {
  return useMutation({ mutationFn: generateSchedule });
}
