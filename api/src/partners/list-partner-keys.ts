import type { AppDeps } from '../deps.ts';
import { findPartner } from './find-partner.ts';
import { toPartnerKeyView } from './partner-key-view.ts';
import type { PartnerKeyView } from './schemas.ts';

/** A partner's keys, newest first, revoked ones included. */
export async function listPartnerKeys(deps: Pick<AppDeps, 'db'>, options: { partnerId: string }): Promise<PartnerKeyView[]> {
  const { partnerId } = options;
  await findPartner(deps, { partnerId });
  const keys = await deps.db.partnerKey.findMany({ where: { partnerId }, orderBy: { createdAt: 'desc' } });
  return keys.map(toPartnerKeyView);
}
