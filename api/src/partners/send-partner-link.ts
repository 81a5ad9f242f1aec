import { appendAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import { inTransaction } from '../db/transaction.ts';
import type { AppDeps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { partnerLinkText } from '../outbox/message-texts.ts';
import { outboxRow } from '../outbox/outbox-row.ts';
import { findPartner } from './find-partner.ts';
import { toPartnerView } from './partner-view.ts';

/**
 * POST /api/partners/:id/send-link: emails the partner's verify link to its
 * contact address through the outbox (sent within seconds, retried like any
 * message). Only when email is set up: without SMTP_URL staff copy the link
 * or print the setup sheet instead, so no message is queued that can only wait.
 */
export async function sendPartnerLink(
  deps: Pick<AppDeps, 'db' | 'config' | 'clock' | 'auditSigner' | 'branding'>,
  options: { context: AuditContext; partnerId: string },
): Promise<{ messageId: string; to: string }> {
  if (deps.config.mail.smtpUrl === null) {
    throw new AppError('EMAIL_NOT_CONFIGURED', 'Email is not set up on this server. Copy the link or print the setup sheet instead.');
  }
  const partner = await findPartner(deps, options);
  if (!partner.contactEmail) {
    throw new AppError('NO_CONTACT_EMAIL', 'This partner has no contact email. Add one to their details, or print the setup sheet.', { field: 'contactEmail' });
  }
  const { organisationName, helpline } = (await deps.branding.current()).view;
  const link = toPartnerView(partner, deps.config.publicUrl).verifyLink;
  const row = outboxRow(deps, { kind: 'partner_link', channel: 'email', to: partner.contactEmail, text: partnerLinkText({ organisationName, helpline, shopName: partner.name, link }) });
  await inTransaction(deps.db, async (tx) => {
    await tx.outboxMessage.create({ data: row });
    await appendAuditEvent(tx, deps, options.context, { action: 'partner.send_link', entityType: 'partner', entityId: partner.id, details: { messageId: row.id } });
  });
  return { messageId: row.id, to: partner.contactEmail };
}
