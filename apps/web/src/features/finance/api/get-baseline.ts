import { useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../api/client';
import type { FinanceBaseline } from '../types';

/** Today's centre as a scenario, the form's starting point. */
export async function getFinanceBaseline(): Promise<FinanceBaseline> {
  return unwrap<FinanceBaseline>(await apiClient.GET('/api/finance/baseline'));
}

export function useFinanceBaseline() {
  return useQuery({ queryKey: ['finance', 'baseline'], queryFn: getFinanceBaseline });
}
