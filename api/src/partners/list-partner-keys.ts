import type { AppDeps } from '../deps.ts';
import { findPartner } from './find-partner.ts';
import { toPartnerKeyView } from './partner-key-view.ts';
import type { PartnerKeyView } from './schemas.ts';

/**
 * A partner's keys, newest first, revoked ones included. Their last use is
 * written with the scan counts, so this process's pending ones are written
 * first (other processes' within a few seconds).
 */
export async function listPartnerKeys(deps: Pick<AppDeps, 'db' | 'scanCounter'>, options: { partnerId: string }): Promise<PartnerKeyView[]> {
  const { partnerId } = options;
  await findPartner(deps, { partnerId });
  await deps.scanCounter.flush();
  const keys = await deps.db.partnerKey.findMany({ where: { partnerId }, orderBy: { createdAt: 'desc' } });
  return keys.map(toPartnerKeyView);
}
