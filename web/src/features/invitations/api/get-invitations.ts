import { queryOptions, useQuery } from '@tanstack/react-query';
import type { InvitationList, InvitationListQuery } from '../../../../../api/src/invitations/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { invitationKeys } from '../../../lib/query-keys.ts';

export function getInvitations(query: InvitationListQuery, { signal }: { signal?: AbortSignal } = {}): Promise<InvitationList> {
  return api.get<InvitationList>('/api/invitations', { query, ...(signal ? { signal } : {}) });
}

export const getInvitationsQueryOptions = (query: InvitationListQuery) =>
  queryOptions({ queryKey: invitationKeys.list(query), queryFn: ({ signal }) => getInvitations(query, { signal }) });

/** Newest first: one young carer's (`holderId`), or every locked one (`status: 'locked'`), at most 200. */
export function useInvitations(query: InvitationListQuery) {
  return useQuery(getInvitationsQueryOptions(query));
}
