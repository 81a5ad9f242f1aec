import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ReminderSettingsResponse } from '../../../../../api/src/renewals/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { renewalsQueryKey } from './get-renewals.ts';

export const reminderSettingsQueryKey = [...renewalsQueryKey, 'settings'] as const;

export function getReminderSettings({ signal }: { signal?: AbortSignal } = {}): Promise<ReminderSettingsResponse> {
  return api.get<ReminderSettingsResponse>('/api/settings/reminders', signal ? { signal } : {});
}

export const getReminderSettingsQueryOptions = () =>
  queryOptions({ queryKey: reminderSettingsQueryKey, queryFn: ({ signal }) => getReminderSettings({ signal }) });

/** Automatic renewal reminders: on or off, how long before expiry, the last run, and whether email is set up. Any staff may read it. */
export function useReminderSettings() {
  return useQuery(getReminderSettingsQueryOptions());
}
