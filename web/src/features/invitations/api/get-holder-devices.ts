import { queryOptions, useQuery } from '@tanstack/react-query';
import type { DeviceSessionList, DeviceSessionView } from '../../../../../api/src/my-card/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { invitationKeys } from '../../../lib/query-keys.ts';


export async function getHolderDevices(holderId: string, { signal }: { signal?: AbortSignal } = {}): Promise<DeviceSessionView[]> {
  const { items } = await api.get<DeviceSessionList>(`/api/holders/${encodeURIComponent(holderId)}/devices`, signal ? { signal } : {});
  return items;
}

export const getHolderDevicesQueryOptions = (holderId: string) =>
  queryOptions({ queryKey: invitationKeys.devices(holderId), queryFn: ({ signal }) => getHolderDevices(holderId, { signal }) });

/** The phones that opened the young carer's own card with an invitation, newest first (signed out ones too). */
export function useHolderDevices(holderId: string) {
  return useQuery(getHolderDevicesQueryOptions(holderId));
}
