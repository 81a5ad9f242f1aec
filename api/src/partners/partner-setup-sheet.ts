import { recordAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import type { AppDeps } from '../deps.ts';
import { findPartner } from './find-partner.ts';
import { toPartnerView } from './partner-view.ts';
import { renderSetupSheet } from './render-setup-sheet.ts';

/** GET /api/partners/:id/setup-sheet: the one-page sheet a shop sets its phone up with. Audited like every printed document. */
export async function partnerSetupSheet(
  deps: Pick<AppDeps, 'db' | 'config' | 'clock' | 'auditSigner' | 'branding'>,
  options: { context: AuditContext; partnerId: string },
): Promise<{ fileName: string; pdf: Buffer }> {
  const partner = await findPartner(deps, options);
  const branding = (await deps.branding.current()).view;
  const pdf = await renderSetupSheet({
    shopName: partner.name,
    organisationName: branding.organisationName,
    helpline: branding.helpline,
    verifyLink: toPartnerView(partner, deps.config.publicUrl).verifyLink,
    primaryColour: branding.primaryColour,
  });
  await recordAuditEvent(deps, options.context, { action: 'partner.setup_sheet', entityType: 'partner', entityId: partner.id });
  const slug = partner.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'partner';
  return { fileName: `setup-sheet-${slug}.pdf`, pdf };
}
