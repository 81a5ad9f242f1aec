import { recordAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import { expiresOnDate } from '../cards/card-expiry.ts';
import { formatCardNumber } from '../cards/card-number.ts';
import { cardStatus } from '../cards/card-view.ts';
import { isUniqueViolation } from '../db/errors.ts';
import type { Prisma } from '../generated/sqlite/client.ts';
import { renewalReminderText } from '../outbox/message-texts.ts';
import { outboxRow } from '../outbox/outbox.ts';
import type { MessageStatus } from '../outbox/schemas.ts';
import { printedDate } from '../templates/fields.ts';
import type {
  ReminderSettings, ReminderSettingsResponse, RenewalList, SendRemindersBody, SendRemindersResult, UpdateReminderSettingsBody,
} from './schemas.ts';
import type { AppDeps } from '../deps.ts';

export type RenewalDeps = Pick<AppDeps, 'db' | 'config' | 'clock' | 'branding'>;

const DAY_MS = 86_400_000;
const SETTINGS_KEY = 'renewal_reminders';
const LAST_RUN_KEY = 'renewal_reminders_last_run';
export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = { automatic: false, daysBefore: 30 };

/** Current cards (active or suspended) that run out within the window, soonest first. */
function expiringWhere(now: Date, withinDays: number): Prisma.CardWhereInput {
  return { status: { in: ['active', 'suspended'] }, expiresAt: { gt: now, lte: new Date(now.getTime() + withinDays * DAY_MS) } };
}

/** GET /api/renewals: who needs a new card soon, and whether they were reminded. Audited: it lists children by name. */
export async function listRenewals(deps: RenewalDeps, context: AuditContext, withinDays: number): Promise<RenewalList> {
  const now = deps.clock();
  const cards = await deps.db.card.findMany({
    where: expiringWhere(now, withinDays),
    include: { holder: { select: { id: true, givenName: true, familyName: true, preferredName: true, contactEmail: true, contactPhone: true } } },
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
        card: { id: card.id, number: formatCardNumber(card.number), status: cardStatus(card, now), expiresOn: expiresOnDate(card.expiresAt) },
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

/**
 * Renewal reminders for the cards in the window that have a contact email:
 * one per card, ever. The reminder row (the card id is its key) and its
 * message are written in one transaction, so however often this runs, in
 * however many processes, a card gets one reminder.
 */
export async function sendRenewalReminders(
  deps: RenewalDeps,
  context: AuditContext,
  body: SendRemindersBody,
  trigger: 'staff' | 'scheduled',
): Promise<SendRemindersResult> {
  const { db } = deps;
  const now = deps.clock();
  const cards = await db.card.findMany({
    where: { AND: [expiringWhere(now, body.withinDays), ...(body.cardIds ? [{ id: { in: body.cardIds } }] : [])] },
    include: { holder: { select: { givenName: true, preferredName: true, contactEmail: true } } },
    orderBy: [{ expiresAt: 'asc' }, { id: 'asc' }],
  });
  const done = new Set((await db.renewalReminder.findMany({ where: { cardId: { in: cards.map((c) => c.id) } }, select: { cardId: true } })).map((r) => r.cardId));
  const { view: branding } = await deps.branding.current();
  const result: SendRemindersResult = { queued: 0, alreadyReminded: 0, noEmail: 0 };
  for (const card of cards) {
    if (done.has(card.id)) {
      result.alreadyReminded++;
      continue;
    }
    if (!card.holder.contactEmail) {
      result.noEmail++;
      continue;
    }
    const message = outboxRow(deps, {
      kind: 'renewal_reminder',
      channel: 'email',
      to: card.holder.contactEmail,
      text: renewalReminderText({
        firstName: card.holder.preferredName ?? card.holder.givenName,
        organisationName: branding.organisationName,
        helpline: branding.helpline,
        expiresOn: printedDate(expiresOnDate(card.expiresAt)),
      }),
      holderId: card.holderId,
      cardId: card.id,
    });
    try {
      await db.$transaction([
        db.renewalReminder.create({ data: { cardId: card.id, holderId: card.holderId, createdAt: now, messageId: message.id, trigger } }),
        db.outboxMessage.create({ data: message }),
      ]);
      result.queued++;
    } catch (error) {
      // Another run (or process) reminded this card a moment ago.
      if (!isUniqueViolation(error)) throw error;
      result.alreadyReminded++;
    }
  }
  if (trigger === 'staff' || result.queued > 0) {
    await recordAuditEvent(deps, context, { action: 'renewal.remind', entityType: 'card', details: { trigger, withinDays: body.withinDays, ...result } });
  }
  return result;
}

async function readSetting<T>(deps: RenewalDeps, key: string): Promise<T | null> {
  const row = await deps.db.setting.findUnique({ where: { key } });
  return row ? (JSON.parse(row.value) as T) : null;
}

async function writeSetting(deps: RenewalDeps, key: string, value: unknown): Promise<void> {
  const text = JSON.stringify(value);
  await deps.db.setting.upsert({ where: { key }, create: { key, value: text }, update: { value: text } });
}

export async function reminderSettings(deps: RenewalDeps): Promise<ReminderSettingsResponse> {
  const settings = { ...DEFAULT_REMINDER_SETTINGS, ...(await readSetting<Partial<ReminderSettings>>(deps, SETTINGS_KEY)) };
  const lastRun = await readSetting<ReminderSettingsResponse['lastRun']>(deps, LAST_RUN_KEY);
  return { settings, lastRun, emailEnabled: deps.config.mail.smtpUrl !== null };
}

export async function updateReminderSettings(deps: RenewalDeps, context: AuditContext, body: UpdateReminderSettingsBody): Promise<ReminderSettingsResponse> {
  const { settings } = await reminderSettings(deps);
  await writeSetting(deps, SETTINGS_KEY, { ...settings, ...body });
  await recordAuditEvent(deps, context, { action: 'settings.reminders', entityType: 'settings', entityId: SETTINGS_KEY, details: body });
  return reminderSettings(deps);
}

/**
 * The scheduled job: when automatic reminders are on, reminds every card
 * reaching its window. It keeps no state of its own (the reminder rows are
 * the state), so a restart, a second process or a missed hour changes
 * nothing: the next run catches up and never sends twice.
 */
export async function runReminderJob(deps: RenewalDeps): Promise<SendRemindersResult | null> {
  const { settings } = await reminderSettings(deps);
  if (!settings.automatic) return null;
  const result = await sendRenewalReminders(deps, { actor: null, ip: null }, { withinDays: settings.daysBefore }, 'scheduled');
  await writeSetting(deps, LAST_RUN_KEY, { at: deps.clock().toISOString(), result });
  return result;
}
