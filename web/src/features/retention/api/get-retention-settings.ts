import { queryOptions, useQuery } from '@tanstack/react-query';
import type { RetentionSettingsResponse } from '../../../../../api/src/retention/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { retentionKeys } from '../../../lib/query-keys.ts';

export function getRetentionSettings({ signal }: { signal?: AbortSignal } = {}): Promise<RetentionSettingsResponse> {
  return api.get<RetentionSettingsResponse>('/api/settings/retention', signal ? { signal } : {});
}

export const getRetentionSettingsQueryOptions = () =>
  queryOptions({ queryKey: retentionKeys.settings(), queryFn: ({ signal }) => getRetentionSettings({ signal }) });

/** How many months records are kept after the last card ended, and the last erasure run. Any staff may read it. */
export function useRetentionSettings() {
  return useQuery(getRetentionSettingsQueryOptions());
}
