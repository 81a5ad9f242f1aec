import type { QueryClient } from '@tanstack/react-query';
import type { StaffList, StaffUser } from '../../../../../api/src/staff/schemas.ts';
import { staffKeys } from '../../../lib/query-keys.ts';

/** Puts the API's answer into the cached list at once, then checks with the server. */
export function replaceStaffUser(queryClient: QueryClient, user: StaffUser): Promise<void> {
  queryClient.setQueryData<StaffList>(staffKeys.all, (list) =>
    list ? { items: list.items.map((item) => (item.id === user.id ? user : item)) } : list,
  );
  return queryClient.invalidateQueries({ queryKey: staffKeys.all });
}
