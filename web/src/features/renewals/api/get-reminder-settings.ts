import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ReminderSettingsResponse } from '../../../../../api/src/renewals/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { renewalKeys } from '../../../lib/query-keys.ts';

export function getReminderSettings({ signal }: { signal?: AbortSignal } = {}): Promise<ReminderSettingsResponse> {
  return api.get<ReminderSettingsResponse>('/api/settings/reminders', signal ? { signal } : {});
}

export const getReminderSettingsQueryOptions = () =>
  queryOptions({ queryKey: renewalKeys.settings(), queryFn: ({ signal }) => getReminderSettings({ signal }) });

/** Automatic renewal reminders: on or off, how long before expiry, the last run, and whether email is set up. Any staff may read it. */
export function useReminderSettings() {
  return useQuery(getReminderSettingsQueryOptions());
}
