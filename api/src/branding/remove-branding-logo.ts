import type { AuditContext } from '../audit/record-audit-event.ts';
import type { AppDeps } from '../deps.ts';
import { loadBranding, saveBranding } from './branding.ts';
import type { Branding } from './schemas.ts';

export async function removeBrandingLogo(deps: Pick<AppDeps, 'db' | 'config' | 'clock' | 'branding' | 'auditSigner'>, options: { context: AuditContext }): Promise<Branding> {
  const { context } = options;
  await saveBranding(deps, context, { logoType: null, logoPrint: null }, { action: 'branding.logo_remove' });
  return (await loadBranding(deps)).view;
}
