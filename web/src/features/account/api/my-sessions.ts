import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SignedOutEverywhere, StaffSessionList } from '../../../../../api/src/auth/schemas.ts';
import { api, endSession } from '../../../lib/api-client.ts';
import { accountKeys } from '../../../lib/query-keys.ts';
import { SIGNED_OUT_NOTICE } from '../../../lib/session.ts';

export const getMySessionsQueryOptions = () =>
  queryOptions({ queryKey: accountKeys.sessions(), queryFn: ({ signal }) => api.get<StaffSessionList>('/api/auth/sessions', { signal }) });

export function useMySessions() {
  return useQuery(getMySessionsQueryOptions());
}

export function useEndMySession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<void>(`/api/auth/sessions/${encodeURIComponent(id)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.sessions() }),
  });
}

/** Ends every session, this one too: the app goes back to the sign-in page. */
export function useSignOutEverywhere() {
  return useMutation({
    mutationFn: () => api.post<SignedOutEverywhere>('/api/auth/sessions/end-all'),
    onSuccess: () => endSession(SIGNED_OUT_NOTICE),
  });
}
