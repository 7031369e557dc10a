import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../api/client';
import type { WrittenQueue } from '../../../api/types';

/** Creates the queue, or changes it when `existing` (its id cannot change). */
export async function saveWrittenQueue({
  queue,
  existing,
}: {
  queue: WrittenQueue;
  existing: boolean;
}): Promise<WrittenQueue> {
  if (!existing)
    return unwrap<WrittenQueue>(await apiClient.POST('/api/written-queues', { body: queue }));
  const { id, ...changes } = queue;
  return unwrap<WrittenQueue>(
    await apiClient.PATCH('/api/written-queues/{id}', { params: { path: { id } }, body: changes }),
  );
}

export async function deleteWrittenQueue(id: string): Promise<void> {
  unwrap(await apiClient.DELETE('/api/written-queues/{id}', { params: { path: { id } } }));
}

function useInvalidatingMutation<T, R>(mutationFn: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['written-queues'] }),
  });
}

export const useSaveWrittenQueue = () => useInvalidatingMutation(saveWrittenQueue);
export const useDeleteWrittenQueue = () => useInvalidatingMutation(deleteWrittenQueue);
