import { appendAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import { inTransaction } from '../db/transaction.ts';
import { agesOutMonth, expiresOnDate } from '../cards/card-expiry.ts';
import { isUniqueViolation } from '../db/errors.ts';
import type { AppDeps } from '../deps.ts';
import { renewalReminderText } from '../outbox/message-texts.ts';
import { outboxRow } from '../outbox/outbox-row.ts';
import { DEFAULT_LANGUAGE, isMessageLanguage } from '../shared/languages.ts';
import { expiringWithin } from './renewal-window.ts';
import type { SendRemindersResult } from './schemas.ts';

/**
 * Renewal reminders for the cards in the window that have a contact email:
 * one per card, ever. A card that already runs to the maximum age is never
 * reminded: no renewal could give a later one. The reminder row (the card id is its key) and its
 * message are written in one transaction, so however often this runs, in
 * however many processes, a card gets one reminder. When staff send them,
 * the outbox is told at once; the scheduled job tells it itself.
 */
export async function sendRenewalReminders(
  deps: Pick<AppDeps, 'db' | 'config' | 'clock' | 'branding' | 'auditSigner'> & { jobs: Pick<AppDeps['jobs'], 'outbox'> },
  options: { context: AuditContext; withinDays: number; cardIds?: string[] | undefined; trigger: 'staff' | 'scheduled' },
): Promise<SendRemindersResult> {
  const { context, withinDays, cardIds, trigger } = options;
  const { db } = deps;
  const now = deps.clock();
  const cards = await db.card.findMany({
    where: { AND: [expiringWithin({ now, withinDays }), ...(cardIds ? [{ id: { in: cardIds } }] : [])] },
    include: { holder: { select: { givenName: true, preferredName: true, dateOfBirth: true, contactEmail: true, contactPhone: true, language: true } } },
    orderBy: [{ expiresAt: 'asc' }, { id: 'asc' }],
  });
  const done = new Set((await db.renewalReminder.findMany({ where: { cardId: { in: cards.map((c) => c.id) } }, select: { cardId: true } })).map((r) => r.cardId));
  const { view: branding } = await deps.branding.current();
  const result: SendRemindersResult = { queued: 0, alreadyReminded: 0, noEmail: 0, noContact: 0, agesOut: 0 };
  for (const card of cards) {
    if (agesOutMonth(card.expiresAt, card.holder.dateOfBirth, deps.config.cards.maxAge) !== null) {
      result.agesOut++;
      continue;
    }
    if (done.has(card.id)) {
      result.alreadyReminded++;
      continue;
    }
    if (!card.holder.contactEmail) {
      if (card.holder.contactPhone) result.noEmail++;
      else result.noContact++;
      continue;
    }
    const message = outboxRow(deps, {
      kind: 'renewal_reminder',
      channel: 'email',
      to: card.holder.contactEmail,
      text: renewalReminderText({
        language: isMessageLanguage(card.holder.language) ? card.holder.language : DEFAULT_LANGUAGE,
        firstName: card.holder.preferredName ?? card.holder.givenName,
        organisationName: branding.organisationName,
        helpline: branding.helpline,
        expiresOn: expiresOnDate(card.expiresAt),
      }),
      holderId: card.holderId,
      cardId: card.id,
    });
    try {
      // The reminder, its message and its event commit together: a crash cannot queue one without the others.
      await inTransaction(db, async (tx) => {
        await tx.renewalReminder.create({ data: { cardId: card.id, holderId: card.holderId, createdAt: now, messageId: message.id, trigger } });
        await tx.outboxMessage.create({ data: message });
        await appendAuditEvent(tx, deps, context, { action: 'renewal.remind', entityType: 'card', entityId: card.id, details: { trigger, withinDays, holderId: card.holderId } });
      });
      result.queued++;
    } catch (error) {
      // Another run (or process) reminded this card a moment ago.
      if (!isUniqueViolation(error)) throw error;
      result.alreadyReminded++;
    }
  }
  // Not awaited: the answer does not wait for the mail server.
  if (trigger === 'staff' && result.queued > 0) void deps.jobs.outbox.runNow();
  return result;
}
