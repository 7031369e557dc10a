import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, type Schemas, unwrap } from '../../../api/client';
import type { AnswerGroup } from '../../../api/types';

export interface UpdateAnswerGroupInput {
  id: string;
  changes: Schemas['UpdateAnswerGroupDto'];
  /** Shrinkage per calendar month, January first; sent only when given. */
  shrinkageByMonth?: number[];
}

/** Saves an answer group's settings, then its monthly shrinkage. */
export async function updateAnswerGroup({
  id,
  changes,
  shrinkageByMonth,
}: UpdateAnswerGroupInput): Promise<AnswerGroup> {
  let saved = unwrap<AnswerGroup>(
    await apiClient.PATCH('/api/answer-groups/{id}', { params: { path: { id } }, body: changes }),
  );
  if (shrinkageByMonth)
    saved = unwrap<AnswerGroup>(
      await apiClient.PUT('/api/answer-groups/{id}/shrinkage', {
        params: { path: { id } },
        body: {
          months: shrinkageByMonth.map((shrinkage, index) => ({ month: index + 1, shrinkage })),
        },
      }),
    );
  return saved;
}

export function useUpdateAnswerGroup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateAnswerGroup,
    // Requirements depend on goal, AHT and shrinkage.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['answer-groups'] }),
        queryClient.invalidateQueries({ queryKey: ['requirements'] }),
      ]),
  });
}
