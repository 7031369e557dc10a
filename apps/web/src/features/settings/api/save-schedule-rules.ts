import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../api/client';
import type { ScheduleRules, ScheduleRulesView } from './get-schedule-rules';

/** Replaces the centre's rules: those left out are the defaults again. */
export async function saveScheduleRules(rules: ScheduleRules): Promise<ScheduleRulesView> {
  return unwrap<ScheduleRulesView>(await apiClient.PUT('/api/schedule-rules', { body: rules }));
}

export function useSaveScheduleRules() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveScheduleRules,
    onSuccess: (saved) => queryClient.setQueryData(['schedule-rules'], saved),
  });
}
