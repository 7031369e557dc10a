import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from './client';
import type { AnswerGroup } from './types';

export async function getAnswerGroups(): Promise<AnswerGroup[]> {
  return unwrap<AnswerGroup[]>(await apiClient.GET('/api/answer-groups'));
}

export const answerGroupsQueryOptions = () =>
  queryOptions({ queryKey: ['answer-groups'], queryFn: getAnswerGroups });

export function useAnswerGroups() {
  return useQuery(answerGroupsQueryOptions());
}
