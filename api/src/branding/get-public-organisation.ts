import type { AppDeps } from '../deps.ts';
import type { PublicOrganisation } from './schemas.ts';

/** GET /api/v1/organisation: the charity's name and helpline, nothing else of the branding. From the branding cache. */
export async function getPublicOrganisation(deps: Pick<AppDeps, 'branding'>): Promise<PublicOrganisation> {
  const { organisationName, helpline } = (await deps.branding.current()).view;
  return { name: organisationName, helpline };
}
