import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TemplateFieldList } from '../../../../../api/src/templates/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { templateKeys } from '../../../lib/query-keys.ts';

export function getTemplateFields({ signal }: { signal?: AbortSignal } = {}): Promise<TemplateFieldList> {
  return api.get<TemplateFieldList>('/api/templates/fields', signal ? { signal } : {});
}

export const getTemplateFieldsQueryOptions = () =>
  queryOptions({
    queryKey: templateKeys.fields(),
    queryFn: ({ signal }) => getTemplateFields({ signal }),
    staleTime: 5 * 60_000,
  });

/** The field registry: everything a layout can print, with a label and a sample value. */
export function useTemplateFields() {
  return useQuery(getTemplateFieldsQueryOptions());
}
