import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RetentionSettingsResponse, UpdateRetentionSettingsBody } from '../../../../../api/src/retention/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { retentionKeys } from '../../../lib/query-keys.ts';

/** Admins only (staff get 403). */
export function updateRetentionSettings(body: UpdateRetentionSettingsBody): Promise<RetentionSettingsResponse> {
  return api.put<RetentionSettingsResponse>('/api/settings/retention', body);
}

export function useUpdateRetentionSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateRetentionSettings,
    onSuccess: async (settings) => {
      queryClient.setQueryData(retentionKeys.settings(), settings);
      // What is due changes with the period.
      await queryClient.invalidateQueries({ queryKey: [...retentionKeys.all, 'due'] });
    },
  });
}
