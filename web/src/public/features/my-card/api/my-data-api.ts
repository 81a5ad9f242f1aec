import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateDataRequestBody, MyDataRequestResponse } from '../../../../../../api/src/data-requests/schemas.ts';
import type { MyData } from '../../../../../../api/src/my-card/schemas.ts';
import { myCardKeys } from '../../../../lib/query-keys.ts';
import { requestJson } from '../../../lib/public-api.ts';

/** The device cookie (path /api/my) goes with these calls: same origin, nothing else. */
const withCookie = { credentials: 'same-origin' } as const;

/** "What we keep about me": never kept on the phone (the API says no-store), fetched fresh each visit. */
export function useMyData() {
  return useQuery({
    queryKey: myCardKeys.data(),
    queryFn: async () => (await requestJson<MyData>('/api/my/data', withCookie)).body,
    retry: false,
    staleTime: 0,
  });
}

export function useSendDataRequest() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: CreateDataRequestBody) =>
      (await requestJson<MyDataRequestResponse>('/api/my/requests', { ...withCookie, method: 'POST', body: JSON.stringify(body) })).body.request,
    onSuccess: () => client.invalidateQueries({ queryKey: myCardKeys.data() }),
  });
}
