import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { expiresOnDate } from '../cards/card-expiry.ts';
import { formatCardNumber } from '../cards/card-number.ts';
import { cardStatus } from '../cards/card-view.ts';
import { toMyDataRequestView } from '../data-requests/data-request-view.ts';
import type { AppDeps } from '../deps.ts';
import type { Holder } from '../generated/sqlite/client.ts';
import { currentCardOf } from '../holders/holder-view.ts';
import { invitationStatus } from '../invitations/invitation-view.ts';
import type { MessageChannel, MessageKind, MessageStatus } from '../outbox/schemas.ts';
import type { ContactMethod } from '../consultations/schemas.ts';
import type { SignedInDevice } from './find-device-session.ts';
import { holderAuditContext } from './holder-audit-context.ts';
import type { MyData } from './schemas.ts';

/**
 * Every column of Holder, and what "What we keep about me" does with it. A
 * new column fails the typecheck until someone decides here whether the
 * young carer sees it (and tests/api/my-data.test.ts checks the shown ones
 * come back).
 */
export const HOLDER_FIELDS_ON_MY_PAGE: Record<keyof Holder, 'shown' | { notShown: string }> = {
  id: { notShown: 'a random code the computer uses to find the record; it says nothing about them' },
  givenName: 'shown',
  familyName: 'shown',
  preferredName: 'shown',
  dateOfBirth: 'shown',
  photoFile: 'shown',
  contactEmail: 'shown',
  contactPhone: 'shown',
  consentBy: 'shown',
  consentAt: 'shown',
  consentMethod: 'shown',
  reference: 'shown',
  notes: 'shown',
  caringNote: { notShown: 'can be about the person they care for: only whether there is one is shown' },
  searchText: { notShown: 'a lower-case copy of the names, for search' },
  openDataRequests: { notShown: 'a count of the requests shown' },
  erasedAt: { notShown: 'when a record was erased; a record being read here has not been' },
  createdAt: 'shown',
  updatedAt: 'shown',
  language: 'shown',
  cardLanguage: 'shown',
};

const LIMIT = 100;

/** GET /api/my/data: the young carer's whole record, in their own words on the page. The read is audited. */
export async function getMyData(
  deps: Pick<AppDeps, 'db' | 'clock' | 'branding' | 'auditSigner'>,
  options: { device: SignedInDevice; ip: string | null },
): Promise<MyData> {
  const { device, ip } = options;
  const now = deps.clock();
  // Fresh: the session's copy of the holder was read before this request's own changes.
  const holder = await deps.db.holder.findUniqueOrThrow({ where: { id: device.holder.id } });
  const where = { holderId: holder.id };
  const newest = [{ createdAt: 'desc' as const }, { id: 'asc' as const }];
  const [cards, invitations, devices, messages, requests, takePart] = await Promise.all([
    deps.db.card.findMany({ where, orderBy: [{ issuedAt: 'desc' }, { id: 'asc' }], take: LIMIT }),
    deps.db.invitation.findMany({ where, orderBy: newest, take: LIMIT }),
    deps.db.deviceSession.findMany({ where, orderBy: newest, take: LIMIT }),
    deps.db.outboxMessage.findMany({ where, orderBy: newest, take: LIMIT }),
    deps.db.dataRequest.findMany({ where, orderBy: newest, take: LIMIT }),
    deps.db.takePartInterest.findUnique({ where }),
  ]);
  const historyEntries = await deps.db.auditEvent.count({
    where: { OR: [{ entityType: 'holder', entityId: holder.id }, { entityType: 'card', entityId: { in: cards.map((c) => c.id) } }] },
  });
  const current = currentCardOf(cards);
  const currentStatus = current ? cardStatus(current, now) : undefined;
  const printedName = holder.preferredName ?? holder.givenName;
  const { view: branding } = await deps.branding.current();
  await recordAuditEvent(deps, holderAuditContext(ip), { action: 'my_data.read', entityType: 'holder', entityId: holder.id, details: { deviceId: device.session.id } });
  return {
    about: {
      givenName: holder.givenName,
      familyName: holder.familyName,
      preferredName: holder.preferredName,
      dateOfBirth: holder.dateOfBirth,
      contactEmail: holder.contactEmail,
      contactPhone: holder.contactPhone,
      photoUrl: holder.photoFile ? `/api/my/photo?v=${encodeURIComponent(holder.photoFile.replace(/\.jpg$/, ''))}` : null,
      reference: holder.reference,
      notes: holder.notes,
      consentBy: holder.consentBy,
      consentAt: holder.consentAt.toISOString(),
      consentMethod: holder.consentMethod,
      language: holder.language,
      cardLanguage: holder.cardLanguage,
      createdAt: holder.createdAt.toISOString(),
      updatedAt: holder.updatedAt.toISOString(),
    },
    caringNoteKept: holder.caringNote !== null && holder.caringNote.trim() !== '',
    cards: cards.map((card) => ({
      number: formatCardNumber(card.number),
      status: cardStatus(card, now),
      current: card.id === current?.id,
      template: card.template,
      issuedAt: card.issuedAt.toISOString(),
      expiresOn: expiresOnDate(card.expiresAt),
      statusChangedAt: card.statusChangedAt?.toISOString() ?? null,
      statusReason: card.statusReason,
    })),
    invitations: invitations.map((row) => ({
      channel: row.channel as MessageChannel,
      status: invitationStatus(row, now),
      createdAt: row.createdAt.toISOString(),
      expiresAt: row.expiresAt.toISOString(),
      uses: row.uses,
      failedAttempts: row.failedAttempts,
      lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    })),
    devices: devices.map((row) => ({
      createdAt: row.createdAt.toISOString(),
      lastSeenAt: row.lastSeenAt.toISOString(),
      expiresAt: row.expiresAt.toISOString(),
      active: row.revokedAt === null && row.expiresAt > now,
      thisPhone: row.id === device.session.id,
    })),
    messages: messages.map((row) => ({
      kind: row.kind as MessageKind,
      channel: row.channel as MessageChannel,
      to: row.toAddress,
      subject: row.subject,
      status: row.status as MessageStatus,
      createdAt: row.createdAt.toISOString(),
      sentAt: row.sentAt?.toISOString() ?? null,
    })),
    requests: requests.map(toMyDataRequestView),
    takePart: takePart
      ? {
          contactBy: takePart.contactBy.split(',') as ContactMethod[],
          source: takePart.source as 'online' | 'staff',
          createdAt: takePart.createdAt.toISOString(),
          followedUpAt: takePart.followedUpAt?.toISOString() ?? null,
        }
      : null,
    historyEntries,
    shopsSee:
      current && currentStatus === 'active'
        ? { result: 'valid', name: printedName, cardNumber: formatCardNumber(current.number), expiresOn: expiresOnDate(current.expiresAt) }
        : current && currentStatus === 'expired'
          ? { result: 'expired', name: printedName, cardNumber: null, expiresOn: expiresOnDate(current.expiresAt) }
          : null,
    issuer: { name: branding.organisationName, helpline: branding.helpline },
  };
}
