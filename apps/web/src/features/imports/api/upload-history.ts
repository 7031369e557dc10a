import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { paths } from '../../../api/schema';
import type { HistoryImport } from '../../../api/types';
import { uploadFile } from '../../../api/upload-file';

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

/** Uploads a history file, read by a saved column mapping when `profileId` is given. */
export function uploadHistory({
  file,
  profileId,
  onProgress,
}: UploadHistoryInput): Promise<HistoryImport> {
  const fields: Pick<UploadFields, 'profileId'> = profileId === undefined ? {} : { profileId };
  const form = new FormData();
  form.append('file', file, file.name);
  if (fields.profileId !== undefined) form.append('profileId', String(fields.profileId));
  return uploadFile(IMPORTS_PATH, form, onProgress);
}

export function useUploadHistory() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadHistory,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['history'] }),
  });
}
