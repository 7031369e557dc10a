import { useMutation } from '@tanstack/react-query';
import { apiClient, type Schemas, unwrap } from '../../../api/client';

export type WrittenHistoryImport = Schemas['WrittenHistoryImportDto'];
export type WrittenForecast = Schemas['WrittenForecastDto'];

/**
 * Stores a queue's cases per day from a CSV (format A, a row per day). A plain fetch: a few
 * years of days are a few kilobytes, nothing to show progress for. A refused file's message
 * names its line and field.
 */
export async function importWrittenHistory({
  id,
  file,
}: {
  id: string;
  file: File;
}): Promise<WrittenHistoryImport> {
  const form = new FormData();
  form.append('file', file);
  const response = await fetch(`/api/written-queues/${encodeURIComponent(id)}/history`, {
    method: 'POST',
    body: form,
  });
  const body = (await response.json()) as WrittenHistoryImport & { message?: string };
  if (!response.ok) throw new Error(body.message ?? `HTTP ${response.status}`);
  return body;
}

/** A week's cases per day forecast from the queue's history, with the backtest's error. */
export async function getWrittenForecast(id: string): Promise<WrittenForecast> {
  return unwrap<WrittenForecast>(
    await apiClient.GET('/api/written-queues/{id}/forecast', { params: { path: { id } } }),
  );
}

export const useImportWrittenHistory = () => useMutation({ mutationFn: importWrittenHistory });
export const useWrittenForecast = () => useMutation({ mutationFn: getWrittenForecast });
