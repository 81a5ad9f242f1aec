import { queryOptions, useQuery } from '@tanstack/react-query';
import type { BenefitDirectory } from '../../../../../../api/src/partners/schemas.ts';
import { requestJson } from '../../../lib/public-api.ts';
import { directoryKeys } from '../../../../lib/query-keys.ts';

/**
 * GET /api/v1/benefits. Offline, the service worker answers with the last
 * copy it saved; the answer's Date header then says how old the list is.
 */
export type DirectoryAnswer = {
  directory: BenefitDirectory;
  asOf: Date;
  /** Offline, or the answer is older than a fresh one could be: the copy saved on this phone. */
  savedCopy: boolean;
};

/** The API lets clients reuse the directory for a minute; anything much older came from the saved copy. */
const SAVED_COPY_AFTER_MS = 5 * 60_000;

export async function getBenefitDirectory(): Promise<DirectoryAnswer> {
  const { body, response } = await requestJson<BenefitDirectory>('/api/v1/benefits');
  const date = new Date(response.headers.get('date') ?? '');
  const asOf = Number.isNaN(date.getTime()) ? new Date() : date;
  return { directory: body, asOf, savedCopy: !navigator.onLine || Date.now() - asOf.getTime() > SAVED_COPY_AFTER_MS };
}

export const benefitDirectoryQuery = queryOptions({ queryKey: directoryKeys.benefits(), queryFn: getBenefitDirectory });

export function useBenefitDirectory() {
  return useQuery(benefitDirectoryQuery);
}
