import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../api/client';
import type { ImportProfile } from '../../../api/types';
import type { ImportProfileDraft } from '../column-mapping';

export async function createImportProfile(profile: ImportProfileDraft): Promise<ImportProfile> {
  return unwrap<ImportProfile>(
    await apiClient.POST('/api/history/import-profiles', { body: profile }),
  );
}

export function useCreateImportProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createImportProfile,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['history', 'import-profiles'] }),
  });
}
