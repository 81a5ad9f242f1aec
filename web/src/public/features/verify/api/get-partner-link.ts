import type { PartnerLink } from '../../../../../../api/src/partners/schemas.ts';
import { requestJson } from '../../../lib/public-api.ts';

/** The shop a partner link is for. ApiRefused (404) for an unknown or inactive partner; ApiUnreachable offline. */
export async function getPartnerLink(code: string): Promise<PartnerLink> {
  return (await requestJson<PartnerLink>(`/api/v1/partner-links/${encodeURIComponent(code)}`)).body;
}
