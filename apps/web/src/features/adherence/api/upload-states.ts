import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { paths } from '../../../api/schema';
import { uploadFile } from '../../../api/upload-file';
import type { AgentStateImport } from '../types';

/** The route, checked against the OpenAPI document: a renamed route fails `tsc`. */
const STATE_IMPORTS_PATH = '/api/adherence/imports' satisfies keyof paths;

export interface UploadStatesInput {
  file: File;
  /** A correction of the agents in it only, not a full export that speaks for everyone. */
  correction?: boolean;
  /** Share of the file sent so far, 0..1; at 1 the server is validating and storing. */
  onProgress?: (sent: number) => void;
}

/** Uploads agent states from the telephony system (format B). */
export function uploadStates({
  file,
  correction,
  onProgress,
}: UploadStatesInput): Promise<AgentStateImport> {
  const form = new FormData();
  form.append('file', file, file.name);
  if (correction) form.append('scope', 'agents');
  return uploadFile(STATE_IMPORTS_PATH, form, onProgress);
}

/**
 * New states change every report, agent day and the import log, all under 'adherence'.
 */
export function useUploadStates() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadStates,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['adherence'] }),
  });
}
