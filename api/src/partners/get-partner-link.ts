import type { AppDeps } from '../deps.ts';
import { AppError } from '../errors.ts';
import type { PartnerLink } from './schemas.ts';

/**
 * GET /api/v1/partner-links/:code: the name of the active partner whose own
 * verify link carries this code, so the shop's phone can say "Set up for
 * <shop>" the moment the link is opened. Only what the public directory
 * already shows; served from the benefits cache (no query per request).
 * An unknown or inactive partner's code is NOT_FOUND.
 */
export async function getPartnerLink(deps: Pick<AppDeps, 'benefits'>, options: { code: string }): Promise<PartnerLink> {
  const partner = (await deps.benefits.current()).partners.find((p) => p.verifyCode === options.code);
  if (!partner) throw new AppError('NOT_FOUND', 'No active partner has this link. Ask the charity for a new one.');
  return { code: partner.verifyCode, name: partner.name };
}
