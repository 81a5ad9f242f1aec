import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TemplateList } from '../../../../../api/src/templates/schemas.ts';
import { api } from '../../../lib/api-client.ts';

/** Every templates query lives under this root (the branding feature refreshes previews by this name). */
export const templatesQueryKey = ['templates'] as const;

export function getTemplates({ signal }: { signal?: AbortSignal } = {}): Promise<TemplateList> {
  return api.get<TemplateList>('/api/templates', signal ? { signal } : {});
}

/** Layouts are files loaded when the server starts: they do not change while the app is open. */
export const getTemplatesQueryOptions = () =>
  queryOptions({ queryKey: [...templatesQueryKey, 'list'], queryFn: ({ signal }) => getTemplates({ signal }), staleTime: 5 * 60_000 });

/** Card layouts (`standard`, `large-print`...) and sheet layouts (`a4-sheet`). */
export function useTemplates() {
  return useQuery(getTemplatesQueryOptions());
}
