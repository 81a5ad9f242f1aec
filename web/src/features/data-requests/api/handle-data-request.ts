import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DataRequestResponse, DataRequestView, HandleDataRequestBody } from '../../../../../api/src/data-requests/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { dataRequestKeys, holderKeys } from '../../../lib/query-keys.ts';

/** Marks a young carer's request done or declined. 409 DATA_REQUEST_STATE_CONFLICT when someone already did. */
export async function handleDataRequest({ id, status }: { id: string } & HandleDataRequestBody): Promise<DataRequestView> {
  const { request } = await api.post<DataRequestResponse>(`/api/data-requests/${encodeURIComponent(id)}/handle`, { status });
  return request;
}

export function useHandleDataRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: handleDataRequest,
    // Also after a conflict: someone else handled it, and the list should say so.
    onSettled: (request) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: dataRequestKeys.all }),
        request ? queryClient.invalidateQueries({ queryKey: holderKeys.detail(request.holderId) }) : null,
      ]),
  });
}
