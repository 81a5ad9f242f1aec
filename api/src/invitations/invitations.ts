import { createHash, randomUUID } from 'node:crypto';
import { recordAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import { cardStatus } from '../cards/card-view.ts';
import { findCard } from '../cards/find-card.ts';
import { AppError } from '../errors.ts';
import type { Invitation } from '../generated/sqlite/client.ts';
import { cardInvitationText } from '../outbox/message-texts.ts';
import { outboxRow, toOutboxMessageView } from '../outbox/outbox.ts';
import type { MessageChannel } from '../outbox/schemas.ts';
import { printedDate } from '../templates/fields.ts';
import { generateInvitationCode, parseInvitationCode } from './invitation-code.ts';
import type { CreatedInvitation, InvitationList, InvitationListQuery, InvitationStatus, InvitationView } from './schemas.ts';
import type { AppDeps } from '../deps.ts';

export type InvitationDeps = Pick<AppDeps, 'db' | 'config' | 'clock' | 'branding'>;

const DAY_MS = 86_400_000;

/** What is stored instead of a code (its stored form, from parseInvitationCode). */
export function hashInvitationCode(stored: string): string {
  return createHash('sha256').update(`invitation:${stored}`).digest('hex');
}

export function invitationStatus(row: Pick<Invitation, 'revokedAt' | 'lockedAt' | 'expiresAt'>, now: Date): InvitationStatus {
  if (row.revokedAt) return 'revoked';
  if (row.lockedAt) return 'locked';
  if (row.expiresAt <= now) return 'expired';
  return 'active';
}

export function toInvitationView(row: Invitation, now: Date, createdByEmail: string | null): InvitationView {
  return {
    id: row.id,
    holderId: row.holderId,
    cardId: row.cardId,
    channel: row.channel as MessageChannel,
    status: invitationStatus(row, now),
    createdAt: row.createdAt.toISOString(),
    createdByEmail,
    expiresAt: row.expiresAt.toISOString(),
    revokedAt: row.revokedAt?.toISOString() ?? null,
    lockedAt: row.lockedAt?.toISOString() ?? null,
    failedAttempts: row.failedAttempts,
    uses: row.uses,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  };
}

/** Where an invitation is opened; the code rides in the fragment, so it never reaches a server log. */
export function invitationLink(publicUrl: string, code: string): string {
  return `${publicUrl}/my#code=${code}`;
}

/**
 * "Send card": a new invitation for the card and the message that carries
 * it (an email to the holder's contact address, or a printed slip), saved
 * together. The code is returned this once; only its hash is stored.
 */
export async function createInvitation(
  deps: InvitationDeps,
  context: AuditContext,
  cardId: string,
  body: { channel: MessageChannel },
): Promise<CreatedInvitation> {
  const now = deps.clock();
  const card = await findCard(deps, cardId);
  const status = cardStatus(card, now);
  if (status === 'revoked' || status === 'expired') {
    throw new AppError('CARD_STATE_CONFLICT', `This card is ${status}; issue, renew or reissue a card, then send that one.`);
  }
  const holder = await deps.db.holder.findUniqueOrThrow({ where: { id: card.holderId } });
  if (body.channel === 'email' && !holder.contactEmail) {
    throw new AppError('NO_CONTACT_EMAIL', 'This young carer has no contact email. Add one to their record, or send a printed slip.', { field: 'channel' });
  }
  const code = generateInvitationCode();
  const link = invitationLink(deps.config.publicUrl, code);
  const expiresAt = new Date(now.getTime() + deps.config.invitations.ttlDays * DAY_MS);
  const { view: branding } = await deps.branding.current();
  const id = randomUUID();
  const message = outboxRow(deps, {
    kind: 'card_invitation',
    channel: body.channel,
    to: body.channel === 'email' ? holder.contactEmail : null,
    text: cardInvitationText({
      firstName: holder.preferredName ?? holder.givenName,
      organisationName: branding.organisationName,
      helpline: branding.helpline,
      link,
      code,
      validUntil: printedDate(expiresAt.toISOString().slice(0, 10)),
    }),
    holderId: holder.id,
    cardId: card.id,
    invitationId: id,
  });
  const [invitation, saved] = await deps.db.$transaction([
    deps.db.invitation.create({
      data: {
        id,
        holderId: holder.id,
        cardId: card.id,
        codeHash: hashInvitationCode(parseInvitationCode(code)!),
        channel: body.channel,
        createdAt: now,
        createdById: context.actor?.id ?? null,
        expiresAt,
      },
    }),
    deps.db.outboxMessage.create({ data: message }),
  ]);
  await recordAuditEvent(deps, context, {
    action: 'invitation.create',
    entityType: 'holder',
    entityId: holder.id,
    details: { invitationId: id, cardId: card.id, channel: body.channel, messageId: saved.id },
  });
  return { invitation: toInvitationView(invitation, now, context.actor?.email ?? null), message: toOutboxMessageView(saved), code, link };
}

export async function listInvitations(deps: InvitationDeps, query: InvitationListQuery): Promise<InvitationList> {
  const now = deps.clock();
  const statusWhere = {
    active: { revokedAt: null, lockedAt: null, expiresAt: { gt: now } },
    expired: { revokedAt: null, lockedAt: null, expiresAt: { lte: now } },
    revoked: { revokedAt: { not: null } },
    locked: { revokedAt: null, lockedAt: { not: null } },
  } as const;
  const rows = await deps.db.invitation.findMany({
    where: { ...(query.holderId ? { holderId: query.holderId } : {}), ...(query.status ? statusWhere[query.status] : {}) },
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
    take: 200,
  });
  const staffIds = [...new Set(rows.map((r) => r.createdById).filter((v): v is string => v !== null))];
  const emails = new Map((await deps.db.staff.findMany({ where: { id: { in: staffIds } }, select: { id: true, email: true } })).map((s) => [s.id, s.email]));
  return { items: rows.map((row) => toInvitationView(row, now, row.createdById ? (emails.get(row.createdById) ?? null) : null)) };
}

/** Withdraws an invitation: its link and code stop working at once (phones already signed in keep their card; sign those out on the holder's page). */
export async function revokeInvitation(deps: InvitationDeps, context: AuditContext, id: string): Promise<InvitationView> {
  const now = deps.clock();
  const row = await deps.db.invitation.findUnique({ where: { id } });
  if (!row) throw new AppError('NOT_FOUND', 'No invitation with this id.');
  const [updated] = await deps.db.$transaction([
    deps.db.invitation.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: now } }),
    // A slip or email not yet passed on must not go out with a dead code.
    deps.db.outboxMessage.updateMany({
      where: { invitationId: id, kind: 'card_invitation', status: { in: ['queued', 'manual', 'failed'] } },
      data: { status: 'withdrawn', nextAttemptAt: null, updatedAt: now },
    }),
  ]);
  if (updated.count !== 1) throw new AppError('INVITATION_STATE_CONFLICT', 'This invitation is already withdrawn.');
  await recordAuditEvent(deps, context, { action: 'invitation.revoke', entityType: 'holder', entityId: row.holderId, details: { invitationId: id } });
  const creator = row.createdById ? await deps.db.staff.findUnique({ where: { id: row.createdById }, select: { email: true } }) : null;
  return toInvitationView(await deps.db.invitation.findUniqueOrThrow({ where: { id } }), now, creator?.email ?? null);
}
