import { queryOptions, useQuery } from '@tanstack/react-query';
import type { HolderDetail } from '../../../../../api/src/holders/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { holderKeys } from '../../../lib/query-keys.ts';

/** The photo needs the bearer token, so it cannot be a plain <img src>: it comes as a Blob. */
export function getHolderPhoto(photoUrl: string, { signal }: { signal?: AbortSignal } = {}): Promise<Blob> {
  return api.getBlob(photoUrl, signal ? { signal } : {});
}

/** Keyed on the URL, which the API changes with every new photo (`?v=`), so a replaced photo is fetched afresh. */
export const getHolderPhotoQueryOptions = (holder: Pick<HolderDetail, 'id' | 'photoUrl'>) =>
  queryOptions({
    queryKey: holderKeys.photo(holder.id, holder.photoUrl),
    queryFn: ({ signal }) => getHolderPhoto(holder.photoUrl ?? '', { signal }),
    enabled: holder.photoUrl !== null,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    // A photo of a child is not kept in memory for long after the page closes.
    gcTime: 60_000,
  });

export function useHolderPhoto(holder: Pick<HolderDetail, 'id' | 'photoUrl'>) {
  return useQuery(getHolderPhotoQueryOptions(holder));
}
