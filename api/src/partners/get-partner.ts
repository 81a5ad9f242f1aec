import type { AppDeps } from '../deps.ts';
import { findPartner } from './find-partner.ts';
import { toPartnerView } from './partner-view.ts';
import type { PartnerView } from './schemas.ts';

export async function getPartner(deps: Pick<AppDeps, 'db' | 'config'>, options: { partnerId: string }): Promise<PartnerView> {
  return toPartnerView(await findPartner(deps, options), deps.config.publicUrl);
}
