import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { paths } from '../../../api/schema';
import type { HistoryImport, ImportRejected } from '../../../api/types';

/** The route, checked against the OpenAPI document: a renamed route fails `tsc`. */
const IMPORTS_PATH = '/api/history/imports' satisfies keyof paths;

type UploadFields = NonNullable<
  paths[typeof IMPORTS_PATH]['post']['requestBody']
>['content']['multipart/form-data'];

export interface UploadHistoryInput {
  file: File;
  profileId?: number;
  /** Share of the file sent so far, 0..1; at 1 the server is validating and storing. */
  onProgress?: (sent: number) => void;
}

/** The API refused the file: every bad row with its line and field; nothing was stored. */
export class ImportRejectedError extends Error {
  override readonly name = 'ImportRejectedError';
  constructor(readonly rejection: ImportRejected) {
    super(rejection.message);
  }
}

/**
 * Uploads a history file. XMLHttpRequest rather than fetch, because only it reports upload
 * progress, which a planner needs for a year of 15-minute rows (tens of MB).
 */
export function uploadHistory({
  file,
  profileId,
  onProgress,
}: UploadHistoryInput): Promise<HistoryImport> {
  const fields: Pick<UploadFields, 'profileId'> = profileId === undefined ? {} : { profileId };
  const form = new FormData();
  form.append('file', file, file.name);
  if (fields.profileId !== undefined) form.append('profileId', String(fields.profileId));
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', IMPORTS_PATH);
    request.responseType = 'json';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(event.loaded / event.total);
    };
    request.onload = () => {
      const body: unknown = request.response;
      if (request.status >= 200 && request.status < 300) resolve(body as HistoryImport);
      else if (body && typeof body === 'object' && 'errors' in body)
        reject(new ImportRejectedError(body as ImportRejected));
      else
        reject(
          new Error(
            body && typeof body === 'object' && 'message' in body
              ? String((body as { message: unknown }).message)
              : `HTTP ${request.status}`,
          ),
        );
    };
    request.onerror = () => reject(new Error('Network error'));
    request.send(form);
  });
}

export function useUploadHistory() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadHistory,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['history'] }),
  });
}
