import { randomUUID } from 'node:crypto';
import { appendAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import { inTransaction } from '../db/transaction.ts';
import { cardStatus } from '../cards/card-view.ts';
import { findCard } from '../cards/find-card.ts';
import type { AppDeps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { cardInvitationText } from '../outbox/message-texts.ts';
import { toOutboxMessageView } from '../outbox/outbox-message-view.ts';
import { outboxRow } from '../outbox/outbox-row.ts';
import type { MessageChannel } from '../outbox/schemas.ts';
import { DEFAULT_LANGUAGE, isMessageLanguage } from '../shared/languages.ts';
import { generateInvitationCode, parseInvitationCode } from './invitation-code.ts';
import { hashInvitationCode } from './invitation-code-hash.ts';
import { toInvitationView } from './invitation-view.ts';
import type { CreatedInvitation } from './schemas.ts';

const DAY_MS = 86_400_000;

/** Where an invitation is opened; the code rides in the fragment, so it never reaches a server log. */
function invitationLink(publicUrl: string, code: string): string {
  return `${publicUrl}/my#code=${code}`;
}

/**
 * "Send card": a new invitation for the card and the message that carries
 * it (an email to the holder's contact address, or a printed slip), saved
 * together, and the outbox told at once (an email goes out now when SMTP is
 * set up). The code is returned this once; only its hash is stored.
 */
export async function createInvitation(
  deps: Pick<AppDeps, 'db' | 'config' | 'clock' | 'branding' | 'auditSigner'> & { jobs: Pick<AppDeps['jobs'], 'outbox'> },
  options: { context: AuditContext; cardId: string; channel: MessageChannel },
): Promise<CreatedInvitation> {
  const { context, cardId, channel } = options;
  const now = deps.clock();
  const card = await findCard(deps, cardId);
  const status = cardStatus(card, now);
  if (status === 'revoked' || status === 'expired') {
    throw new AppError('CARD_STATE_CONFLICT', `This card is ${status}; issue, renew or reissue a card, then send that one.`);
  }
  const holder = await deps.db.holder.findUniqueOrThrow({ where: { id: card.holderId } });
  if (channel === 'email' && !holder.contactEmail) {
    throw new AppError('NO_CONTACT_EMAIL', 'This young carer has no contact email. Add one to their record, or send a printed slip.', { field: 'channel' });
  }
  const code = generateInvitationCode();
  const link = invitationLink(deps.config.publicUrl, code);
  const expiresAt = new Date(now.getTime() + deps.config.invitations.ttlDays * DAY_MS);
  const { view: branding } = await deps.branding.current();
  const id = randomUUID();
  const message = outboxRow(deps, {
    kind: 'card_invitation',
    channel,
    to: channel === 'email' ? holder.contactEmail : null,
    text: cardInvitationText({
      language: isMessageLanguage(holder.language) ? holder.language : DEFAULT_LANGUAGE,
      firstName: holder.preferredName ?? holder.givenName,
      organisationName: branding.organisationName,
      helpline: branding.helpline,
      link,
      code,
      validUntil: expiresAt.toISOString().slice(0, 10),
    }),
    holderId: holder.id,
    cardId: card.id,
    invitationId: id,
  });
  const [invitation, saved] = await inTransaction(deps.db, async (tx) => {
    const created = await tx.invitation.create({
      data: {
        id,
        holderId: holder.id,
        cardId: card.id,
        codeHash: hashInvitationCode(parseInvitationCode(code)!),
        channel,
        createdAt: now,
        createdById: context.actor?.id ?? null,
        expiresAt,
      },
    });
    const queued = await tx.outboxMessage.create({ data: message });
    await appendAuditEvent(tx, deps, context, {
      action: 'invitation.create',
      entityType: 'holder',
      entityId: holder.id,
      details: { invitationId: id, cardId: card.id, channel, messageId: queued.id },
    });
    return [created, queued] as const;
  });
  // Not awaited: the answer does not wait for the mail server.
  void deps.jobs.outbox.runNow();
  return { invitation: toInvitationView(invitation, now, context.actor?.email ?? null), message: toOutboxMessageView(saved, { showCode: true }), code, link };
}
