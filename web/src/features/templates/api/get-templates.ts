import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TemplateList } from '../../../../../api/src/templates/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { templateKeys } from '../../../lib/query-keys.ts';

export function getTemplates({ signal }: { signal?: AbortSignal } = {}): Promise<TemplateList> {
  return api.get<TemplateList>('/api/templates', signal ? { signal } : {});
}

/** Layouts are files loaded when the server starts: they do not change while the app is open. */
export const getTemplatesQueryOptions = () =>
  queryOptions({ queryKey: templateKeys.list(), queryFn: ({ signal }) => getTemplates({ signal }), staleTime: 5 * 60_000 });

/** Card layouts (`standard`, `large-print`...) and sheet layouts (`a4-sheet`). */
export function useTemplates() {
  return useQuery(getTemplatesQueryOptions());
}
