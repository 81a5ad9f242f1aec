import { recordAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import type { AppDeps } from '../deps.ts';
import { BRANDING_ROW_ID, loadBranding, saveBranding } from './branding.ts';
import type { Branding } from './schemas.ts';

export async function removeBrandingLogo(deps: Pick<AppDeps, 'db' | 'config' | 'clock' | 'branding'>, options: { context: AuditContext }): Promise<Branding> {
  const { context } = options;
  await saveBranding(deps, context, { logoType: null, logoPrint: null });
  await recordAuditEvent(deps, context, { action: 'branding.logo_remove', entityType: 'branding', entityId: BRANDING_ROW_ID });
  return (await loadBranding(deps)).view;
}
