import { queryOptions, useQuery } from '@tanstack/react-query';
import type { StaffList } from '../../../../../api/src/staff/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { staffKeys } from '../../../lib/query-keys.ts';

export function getStaff({ signal }: { signal?: AbortSignal } = {}): Promise<StaffList> {
  return api.get<StaffList>('/api/staff', signal ? { signal } : {});
}

export const getStaffQueryOptions = () =>
  queryOptions({ queryKey: staffKeys.all, queryFn: ({ signal }) => getStaff({ signal }) });

export function useStaff({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...getStaffQueryOptions(), enabled });
}
