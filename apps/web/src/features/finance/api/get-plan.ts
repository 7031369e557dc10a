import { keepPreviousData, skipToken, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { apiClient, unwrap } from '../../../api/client';
import type { CapacityPlan, PlannedRequest, PlanRequest } from '../types';

/** Positions, cost and expected service level per month for a scenario (0.1-1 s). */
export async function getPlan(request: PlanRequest): Promise<CapacityPlan> {
  return unwrap<CapacityPlan>(await apiClient.POST('/api/finance/plan', { body: request }));
}

/**
 * The plan for a request, and the last plan computed with its request (`latest`): it stays on
 * screen while a changed scenario computes and after the API refuses one, so that the page does
 * not jump while finance types.
 */
export function usePlan(request: PlanRequest | undefined) {
  const query = useQuery({
    queryKey: ['finance', 'plan', request],
    queryFn: request
      ? async (): Promise<PlannedRequest> => ({ request, plan: await getPlan(request) })
      : skipToken,
    placeholderData: keepPreviousData,
    // A plan is a computation: a refused scenario stays refused, asking again only delays saying so.
    retry: false,
  });
  const [latest, setLatest] = useState(query.data);
  if (query.data && query.data !== latest) setLatest(query.data);
  return { query, latest: request === undefined ? undefined : (query.data ?? latest) };
}
