import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Branding, BrandingResponse, UpdateBrandingBody } from '../../../../../api/src/branding/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { storeBranding } from './get-branding.ts';

/** Admins only. 400 VALIDATION_FAILED names the field at fault. */
export async function updateBranding(body: UpdateBrandingBody): Promise<Branding> {
  const { branding } = await api.put<BrandingResponse>('/api/settings/branding', body);
  return branding;
}

export function useUpdateBranding() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateBranding, onSuccess: (branding) => storeBranding(queryClient, branding) });
}
