import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CardLanguage } from '../../../../../api/src/shared/languages.ts';
import { api } from '../../../lib/api-client.ts';
import { templateKeys } from '../../../lib/query-keys.ts';

/** A layout as a PDF, filled with sample data and the saved branding, in a card language. */
export function getTemplatePreview(id: string, language: CardLanguage, { signal }: { signal?: AbortSignal } = {}): Promise<Blob> {
  return api.getBlob(`/api/templates/${encodeURIComponent(id)}/preview?language=${language}`, signal ? { signal } : {});
}

/** Refreshed when branding is saved (the branding feature invalidates templateKeys.previews()). */
export const getTemplatePreviewQueryOptions = (id: string, language: CardLanguage) =>
  queryOptions({
    queryKey: [...templateKeys.preview(id), language],
    queryFn: ({ signal }) => getTemplatePreview(id, language, { signal }),
    refetchOnWindowFocus: false,
  });

export function useTemplatePreview(id: string, language: CardLanguage = 'en') {
  return useQuery(getTemplatePreviewQueryOptions(id, language));
}
