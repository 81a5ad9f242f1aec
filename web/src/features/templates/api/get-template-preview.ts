import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { templateKeys } from '../../../lib/query-keys.ts';

/** A layout as a PDF, filled with sample data and the saved branding. */
export function getTemplatePreview(id: string, { signal }: { signal?: AbortSignal } = {}): Promise<Blob> {
  return api.getBlob(`/api/templates/${encodeURIComponent(id)}/preview`, signal ? { signal } : {});
}

/** Refreshed when branding is saved (the branding feature invalidates templateKeys.previews()). */
export const getTemplatePreviewQueryOptions = (id: string) =>
  queryOptions({
    queryKey: templateKeys.preview(id),
    queryFn: ({ signal }) => getTemplatePreview(id, { signal }),
    refetchOnWindowFocus: false,
  });

export function useTemplatePreview(id: string) {
  return useQuery(getTemplatePreviewQueryOptions(id));
}
