import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import type { Branding, BrandingResponse } from '../../../../../api/src/branding/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { brandingKeys, templateKeys } from '../../../lib/query-keys.ts';

export async function getBranding({ signal }: { signal?: AbortSignal } = {}): Promise<Branding> {
  const { branding } = await api.get<BrandingResponse>('/api/settings/branding', signal ? { signal } : {});
  return branding;
}

export const getBrandingQueryOptions = () =>
  queryOptions({ queryKey: brandingKeys.saved(), queryFn: ({ signal }) => getBranding({ signal }) });

/** The branding printed on every card. Any staff may read it; only admins change it. */
export function useBranding() {
  return useQuery(getBrandingQueryOptions());
}

/**
 * After a change, the API answers with the whole branding: show it at once,
 * and redraw every layout preview, which prints it.
 */
export function storeBranding(queryClient: QueryClient, branding: Branding): Promise<void> {
  queryClient.setQueryData(brandingKeys.saved(), branding);
  return queryClient.invalidateQueries({ queryKey: templateKeys.previews() });
}
