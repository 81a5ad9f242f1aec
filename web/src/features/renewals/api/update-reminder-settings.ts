import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReminderSettingsResponse, UpdateReminderSettingsBody } from '../../../../../api/src/renewals/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { renewalKeys } from '../../../lib/query-keys.ts';

/** Admins only (staff get 403). Only what changed needs sending. */
export function updateReminderSettings(body: UpdateReminderSettingsBody): Promise<ReminderSettingsResponse> {
  return api.put<ReminderSettingsResponse>('/api/settings/reminders', body);
}

export function useUpdateReminderSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateReminderSettings,
    onSuccess: (settings) => queryClient.setQueryData(renewalKeys.settings(), settings),
  });
}
