import type { AuditContext } from '../audit/record-audit-event.ts';
import type { AppDeps } from '../deps.ts';
import { loadBranding, saveBranding } from './branding.ts';
import { checkLogo } from './branding-logo.ts';
import type { Branding } from './schemas.ts';

/** A new logo (PNG or SVG, checked and re-encoded); cards print it from the next PDF on. */
export async function setBrandingLogo(
  deps: Pick<AppDeps, 'db' | 'config' | 'clock' | 'branding' | 'auditSigner'>,
  options: { context: AuditContext; upload: Buffer },
): Promise<Branding> {
  const { context, upload } = options;
  const logo = await checkLogo(upload);
  await saveBranding(deps, context, { logoType: logo.type, logoPrint: Uint8Array.from(logo.print) }, { action: 'branding.logo_set', details: { type: logo.type } });
  return (await loadBranding(deps)).view;
}
