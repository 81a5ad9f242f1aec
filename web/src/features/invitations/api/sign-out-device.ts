import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DeviceSessionResponse, DeviceSessionView } from '../../../../../api/src/my-card/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { holderKeys, invitationKeys } from '../../../lib/query-keys.ts';

/** Signs a phone out of the young carer's card (a lost or shared phone): its next request is refused. */
export async function signOutDevice(id: string): Promise<DeviceSessionView> {
  const { device } = await api.post<DeviceSessionResponse>(`/api/devices/${encodeURIComponent(id)}/sign-out`);
  return device;
}

export function useSignOutDevice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOutDevice,
    onSuccess: (device) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: invitationKeys.devices(device.holderId) }),
        queryClient.invalidateQueries({ queryKey: holderKeys.detail(device.holderId) }),
      ]),
  });
}
