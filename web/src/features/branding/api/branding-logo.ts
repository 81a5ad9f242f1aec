import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Branding, BrandingResponse } from '../../../../../api/src/branding/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { storeBranding } from './get-branding.ts';
import { brandingKeys } from '../../../lib/query-keys.ts';

export const LOGO_TYPES = ['image/png', 'image/svg+xml'];
export const LOGO_MAX_BYTES = 512 * 1024;

/** The logo as cards print it (a PNG, even when an SVG was uploaded). It needs the bearer token, so it comes as a Blob. */
export function getBrandingLogo({ signal }: { signal?: AbortSignal } = {}): Promise<Blob> {
  return api.getBlob('/api/settings/branding/logo', signal ? { signal } : {});
}

/** Keyed on when branding last changed, so a new logo is fetched afresh. */
export const getBrandingLogoQueryOptions = (branding: Pick<Branding, 'logoType' | 'updatedAt'>) =>
  queryOptions({
    queryKey: brandingKeys.logo(branding.updatedAt),
    queryFn: ({ signal }) => getBrandingLogo({ signal }),
    enabled: branding.logoType !== null,
    staleTime: Infinity,
  });

export function useBrandingLogo(branding: Pick<Branding, 'logoType' | 'updatedAt'>) {
  return useQuery(getBrandingLogoQueryOptions(branding));
}

/** Admins only. 400 LOGO_INVALID (not a PNG or a safe SVG), 413 PAYLOAD_TOO_LARGE (over 512 KB). */
export async function uploadBrandingLogo(logo: File): Promise<Branding> {
  const form = new FormData();
  form.append('logo', logo, logo.name);
  const { branding } = await api.put<BrandingResponse>('/api/settings/branding/logo', form);
  return branding;
}

export async function removeBrandingLogo(): Promise<Branding> {
  const { branding } = await api.delete<BrandingResponse>('/api/settings/branding/logo');
  return branding;
}

export function useUploadBrandingLogo() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: uploadBrandingLogo, onSuccess: (branding) => storeBranding(queryClient, branding) });
}

export function useRemoveBrandingLogo() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: removeBrandingLogo, onSuccess: (branding) => storeBranding(queryClient, branding) });
}
