import { recordAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import { toAuditEventView } from '../audit/audit-event-view.ts';
import { expiresOnDate } from '../cards/card-expiry.ts';
import { formatCardNumber } from '../cards/card-number.ts';
import { cardStatus } from '../cards/card-view.ts';
import type { AppDeps } from '../deps.ts';
import { findHolder } from './holder-detail.ts';
import { readStoredPhoto } from './holder-photo.ts';
import type { HolderExport } from './schemas.ts';

/** An invitation code as printed in a message (K7P3Q-9MD2H): blanked, so the file cannot open the card. */
const INVITATION_CODE = /\b[0-9A-Z]{5}-[0-9A-Z]{5}\b/g;
const blankCodes = (text: string) => text.replace(INVITATION_CODE, '[code removed]');

/** Enough for any real record; a bound so one export cannot load the whole database. */
const LIMIT = 10_000;

/**
 * A subject access export of one young carer's whole record (see
 * HolderExport). Admins only (the route checks); audited as `holder.export`
 * with the format, before the file is handed over.
 */
export async function exportHolder(
  deps: Pick<AppDeps, 'db' | 'config' | 'clock' | 'branding' | 'auditSigner'>,
  options: { context: AuditContext & { actor: { id: string; email: string } }; holderId: string; format: 'json' | 'pdf' },
): Promise<HolderExport> {
  const { context, holderId, format } = options;
  const { db } = deps;
  const now = deps.clock();
  const holder = await findHolder(db, holderId);
  const where = { holderId };
  const oldest = [{ createdAt: 'asc' as const }, { id: 'asc' as const }];
  const [cards, invitations, devices, messages, reminders, requests, referrals, takePart] = await Promise.all([
    db.card.findMany({ where, orderBy: [{ issuedAt: 'asc' }, { id: 'asc' }], take: LIMIT }),
    db.invitation.findMany({ where, orderBy: oldest, take: LIMIT }),
    db.deviceSession.findMany({ where, orderBy: oldest, take: LIMIT }),
    db.outboxMessage.findMany({ where, orderBy: oldest, take: LIMIT }),
    db.renewalReminder.findMany({ where, orderBy: [{ createdAt: 'asc' }, { cardId: 'asc' }], take: LIMIT }),
    db.dataRequest.findMany({ where, orderBy: oldest, take: LIMIT }),
    db.referral.findMany({ where: { holderId, erasedAt: null }, orderBy: oldest, take: LIMIT }),
    db.takePartInterest.findMany({ where, orderBy: oldest, take: LIMIT }),
  ]);
  const events = await db.auditEvent.findMany({
    where: {
      OR: [
        { entityType: 'holder', entityId: holderId },
        { entityType: 'card', entityId: { in: cards.map((c) => c.id) } },
        { entityType: 'outbox', entityId: { in: messages.map((m) => m.id) } },
        { entityType: 'referral', entityId: { in: referrals.map((r) => r.id) } },
      ],
    },
    orderBy: { seq: 'asc' },
    take: LIMIT,
  });
  const photo = await readStoredPhoto(deps.config.dataDir, holder.photoFile);
  const { view: branding } = await deps.branding.current();
  await recordAuditEvent(deps, context, { action: 'holder.export', entityType: 'holder', entityId: holderId, details: { format } });
  const iso = (date: Date | null) => date?.toISOString() ?? null;
  return {
    exportedAt: now.toISOString(),
    exportedBy: context.actor.email,
    organisation: branding.organisationName,
    holder: {
      id: holder.id,
      givenName: holder.givenName,
      familyName: holder.familyName,
      preferredName: holder.preferredName,
      dateOfBirth: holder.dateOfBirth,
      contactEmail: holder.contactEmail,
      contactPhone: holder.contactPhone,
      consentBy: holder.consentBy,
      consentAt: holder.consentAt.toISOString(),
      consentMethod: holder.consentMethod,
      reference: holder.reference,
      notes: holder.notes,
      language: holder.language,
      cardLanguage: holder.cardLanguage,
      createdAt: holder.createdAt.toISOString(),
      updatedAt: holder.updatedAt.toISOString(),
      photo: photo ? { contentType: 'image/jpeg', base64: photo.toString('base64') } : null,
    },
    withheld: [
      {
        field: 'caringNote',
        held: holder.caringNote !== null && holder.caringNote.trim() !== '',
        reason: 'Staff-only caring note: it can be about the person cared for (a third party). Review it by hand before deciding what to disclose.',
      },
    ],
    cards: cards.map((card) => ({
      id: card.id,
      number: formatCardNumber(card.number),
      status: cardStatus(card, now),
      template: card.template,
      issuedAt: card.issuedAt.toISOString(),
      expiresAt: card.expiresAt.toISOString(),
      expiresOn: expiresOnDate(card.expiresAt),
      statusChangedAt: iso(card.statusChangedAt),
      statusReason: card.statusReason,
      replacesCardId: card.replacesCardId,
      issuedById: card.issuedById,
    })),
    invitations: invitations.map((row) => ({
      id: row.id,
      cardId: row.cardId,
      channel: row.channel,
      createdAt: row.createdAt.toISOString(),
      createdById: row.createdById,
      expiresAt: row.expiresAt.toISOString(),
      revokedAt: iso(row.revokedAt),
      failedAttempts: row.failedAttempts,
      lockedAt: iso(row.lockedAt),
      uses: row.uses,
      lastUsedAt: iso(row.lastUsedAt),
    })),
    deviceSessions: devices.map((row) => ({
      id: row.id,
      invitationId: row.invitationId,
      createdAt: row.createdAt.toISOString(),
      expiresAt: row.expiresAt.toISOString(),
      lastSeenAt: row.lastSeenAt.toISOString(),
      revokedAt: iso(row.revokedAt),
    })),
    messages: messages.map((row) => ({
      id: row.id,
      kind: row.kind,
      channel: row.channel,
      to: row.toAddress,
      subject: blankCodes(row.subject),
      text: blankCodes(row.textBody),
      status: row.status,
      attempts: row.attempts,
      createdAt: row.createdAt.toISOString(),
      sentAt: iso(row.sentAt),
      cardId: row.cardId,
      invitationId: row.invitationId,
    })),
    renewalReminders: reminders.map((row) => ({ cardId: row.cardId, createdAt: row.createdAt.toISOString(), trigger: row.trigger, messageId: row.messageId })),
    dataRequests: requests.map((row) => ({
      id: row.id,
      kind: row.kind,
      text: row.text,
      status: row.status,
      createdAt: row.createdAt.toISOString(),
      handledAt: iso(row.handledAt),
      handledById: row.handledById,
    })),
    takePart: takePart.map((row) => ({ contactBy: row.contactBy.split(','), source: row.source, createdAt: row.createdAt.toISOString(), followedUpAt: iso(row.followedUpAt) })),
    referrals: referrals.map((row) => ({
      reference: row.reference,
      status: row.status,
      receivedAt: row.createdAt.toISOString(),
      decidedAt: iso(row.decidedAt),
      referrerRole: row.referrerRole,
      referrerOrganisation: row.referrerOrganisation,
    })),
    auditEvents: events.map(toAuditEventView),
  };
}
