import { recordAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import { agesOutMonth, expiresOnDate } from '../cards/card-expiry.ts';
import { formatCardNumber } from '../cards/card-number.ts';
import { cardStatus } from '../cards/card-view.ts';
import type { AppDeps } from '../deps.ts';
import type { MessageStatus } from '../outbox/schemas.ts';
import { expiringWithin } from './renewal-window.ts';
import type { RenewalList } from './schemas.ts';

/** GET /api/renewals: who needs a new card soon (soonest first), and whether they were reminded. Audited: it lists children by name. */
export async function listRenewals(deps: Pick<AppDeps, 'db' | 'clock' | 'auditSigner' | 'config'>, options: { context: AuditContext; withinDays: number }): Promise<RenewalList> {
  const { context, withinDays } = options;
  const now = deps.clock();
  const cards = await deps.db.card.findMany({
    where: expiringWithin({ now, withinDays }),
    include: { holder: { select: { id: true, givenName: true, familyName: true, preferredName: true, dateOfBirth: true, contactEmail: true, contactPhone: true } } },
    orderBy: [{ expiresAt: 'asc' }, { id: 'asc' }],
    take: 1000,
  });
  const reminders = await deps.db.renewalReminder.findMany({ where: { cardId: { in: cards.map((c) => c.id) } } });
  const messages = await deps.db.outboxMessage.findMany({ where: { id: { in: reminders.map((r) => r.messageId) } }, select: { id: true, status: true } });
  const byCard = new Map(reminders.map((r) => [r.cardId, r]));
  const statusOf = new Map(messages.map((m) => [m.id, m.status as MessageStatus]));
  await recordAuditEvent(deps, context, { action: 'renewal.list', entityType: 'card', details: { withinDays, count: cards.length } });
  return {
    withinDays,
    items: cards.map(({ holder, ...card }) => {
      const reminder = byCard.get(card.id);
      return {
        card: {
          id: card.id,
          number: formatCardNumber(card.number),
          status: cardStatus(card, now),
          expiresOn: expiresOnDate(card.expiresAt),
          agesOutIn: agesOutMonth(card.expiresAt, holder.dateOfBirth, deps.config.cards.maxAge),
        },
        holder: {
          id: holder.id,
          givenName: holder.givenName,
          familyName: holder.familyName,
          preferredName: holder.preferredName,
          hasEmail: Boolean(holder.contactEmail),
          hasPhone: Boolean(holder.contactPhone),
        },
        reminder: reminder
          ? { at: reminder.createdAt.toISOString(), trigger: reminder.trigger as 'staff' | 'scheduled', messageId: reminder.messageId, messageStatus: statusOf.get(reminder.messageId) ?? null }
          : null,
      };
    }),
  };
}
