import { queryOptions, useQuery } from '@tanstack/react-query';
import type { StaffList } from '../../../../../api/src/staff/schemas.ts';
import { api } from '../../../lib/api-client.ts';

export function getStaff({ signal }: { signal?: AbortSignal } = {}): Promise<StaffList> {
  return api.get<StaffList>('/api/staff', signal ? { signal } : {});
}

export const staffQueryKey = ['staff'] as const;

export const getStaffQueryOptions = () =>
  queryOptions({ queryKey: staffQueryKey, queryFn: ({ signal }) => getStaff({ signal }) });

export function useStaff({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...getStaffQueryOptions(), enabled });
}
