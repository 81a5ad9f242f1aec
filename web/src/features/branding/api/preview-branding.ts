import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { UpdateBrandingBody } from '../../../../../api/src/branding/schemas.ts';
import type { CardLanguage } from '../../../../../api/src/shared/languages.ts';
import { api } from '../../../lib/api-client.ts';
import { brandingKeys } from '../../../lib/query-keys.ts';

/** The layout whose preview sits beside the branding form. */
export const PREVIEW_TEMPLATE = 'standard';

/** The standard card in a card language, with sample data and `draft` laid over the saved branding (nothing is saved). */
export async function previewBranding(draft: UpdateBrandingBody, language: CardLanguage, { signal }: { signal?: AbortSignal } = {}): Promise<Blob> {
  const response = await api.response('POST', `/api/templates/${PREVIEW_TEMPLATE}/preview`, { branding: draft, language }, signal ? { signal } : {});
  return response.blob();
}

/**
 * Keyed on the draft and on when branding was last saved (a new logo changes
 * the picture too). While a new draft is drawn, the last picture stays.
 */
export const getBrandingPreviewQueryOptions = (draft: UpdateBrandingBody, savedAt: string | null, language: CardLanguage) =>
  queryOptions({
    queryKey: [...brandingKeys.preview(draft, savedAt), language],
    queryFn: ({ signal }) => previewBranding(draft, language, { signal }),
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    gcTime: 30_000,
    refetchOnWindowFocus: false,
  });

export function useBrandingPreview(draft: UpdateBrandingBody, savedAt: string | null, language: CardLanguage = 'en') {
  return useQuery(getBrandingPreviewQueryOptions(draft, savedAt, language));
}
