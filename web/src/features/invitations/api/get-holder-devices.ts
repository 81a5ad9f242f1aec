import { queryOptions, useQuery } from '@tanstack/react-query';
import type { DeviceSessionList, DeviceSessionView } from '../../../../../api/src/my-card/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { invitationsQueryKey } from './get-invitations.ts';

export const holderDevicesQueryKey = (holderId: string) => [...invitationsQueryKey, 'devices', holderId] as const;

export async function getHolderDevices(holderId: string, { signal }: { signal?: AbortSignal } = {}): Promise<DeviceSessionView[]> {
  const { items } = await api.get<DeviceSessionList>(`/api/holders/${encodeURIComponent(holderId)}/devices`, signal ? { signal } : {});
  return items;
}

export const getHolderDevicesQueryOptions = (holderId: string) =>
  queryOptions({ queryKey: holderDevicesQueryKey(holderId), queryFn: ({ signal }) => getHolderDevices(holderId, { signal }) });

/** The phones that opened the young carer's own card with an invitation, newest first (signed out ones too). */
export function useHolderDevices(holderId: string) {
  return useQuery(getHolderDevicesQueryOptions(holderId));
}
