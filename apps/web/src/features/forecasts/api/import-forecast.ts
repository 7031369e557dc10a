import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../../api/client';
import type { paths } from '../../../api/schema';
import type { ForecastVersion } from '../../../api/types';

const IMPORT_PATH = '/api/forecasts/import' satisfies keyof paths;

type ImportFields = NonNullable<
  paths[typeof IMPORT_PATH]['post']['requestBody']
>['content']['multipart/form-data'];

export interface ImportForecastInput {
  csv: string;
  name: ImportFields['name'];
  method: NonNullable<ImportFields['method']>;
}

/** Stores a forecast version given as format A CSV; used for the planner's adjustments. */
export async function importForecast(input: ImportForecastInput): Promise<ForecastVersion> {
  const form = new FormData();
  form.append('file', new Blob([input.csv], { type: 'text/csv' }), 'adjusted-forecast.csv');
  form.append('name', input.name);
  form.append('method', input.method);
  const response = await fetch(IMPORT_PATH, { method: 'POST', body: form });
  const body: unknown = await response.json();
  if (!response.ok) throw new ApiError(response.status, body);
  return body as ForecastVersion;
}

export function useImportForecast() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importForecast,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['forecasts'] }),
  });
}
