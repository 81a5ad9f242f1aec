import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SetupStatus } from '../../../../../api/src/auth/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { setupKeys } from '../../../lib/query-keys.ts';

export function getSetupStatus({ signal }: { signal?: AbortSignal } = {}): Promise<SetupStatus> {
  return api.get<SetupStatus>('/api/setup', { auth: false, ...(signal ? { signal } : {}) });
}

export const getSetupStatusQueryOptions = () =>
  queryOptions({ queryKey: setupKeys.status(), queryFn: ({ signal }) => getSetupStatus({ signal }) });

export function useSetupStatus() {
  return useQuery(getSetupStatusQueryOptions());
}
