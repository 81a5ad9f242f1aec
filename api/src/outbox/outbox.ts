import { randomUUID } from 'node:crypto';
import { recordAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import type { Db } from '../db/database.ts';
import { AppError } from '../errors.ts';
import type { OutboxMessage } from '../generated/sqlite/client.ts';
import type { MessageText } from './message-texts.ts';
import type { MessageChannel, MessageKind, MessageStatus, OutboxList, OutboxListQuery, OutboxMessageView } from './schemas.ts';
import type { AppDeps } from '../deps.ts';

export type OutboxDeps = Pick<AppDeps, 'db' | 'config' | 'clock'>;


export type NewMessage = {
  kind: MessageKind;
  channel: MessageChannel;
  to: string | null;
  text: MessageText;
  holderId?: string;
  cardId?: string;
  invitationId?: string;
};

/**
 * The row for a new message, to create alone or in a transaction with what
 * it is about. An email is queued for sending when SMTP is set up; a printed
 * slip, or an email with nowhere to send it, waits for staff ("manual").
 */
export function outboxRow(deps: OutboxDeps, message: NewMessage) {
  const at = deps.clock();
  const emailable = message.channel === 'email' && message.to !== null && deps.config.mail.smtpUrl !== null;
  return {
    id: randomUUID(),
    kind: message.kind,
    channel: message.channel,
    toAddress: message.to,
    subject: message.text.subject,
    textBody: message.text.text,
    htmlBody: message.text.html,
    status: emailable ? 'queued' : 'manual',
    nextAttemptAt: emailable ? at : null,
    createdAt: at,
    updatedAt: at,
    holderId: message.holderId ?? null,
    cardId: message.cardId ?? null,
    invitationId: message.invitationId ?? null,
  } satisfies Omit<OutboxMessage, 'attempts' | 'claimedAt' | 'lastError' | 'sentAt'>;
}

export function toOutboxMessageView(row: OutboxMessage): OutboxMessageView {
  return {
    id: row.id,
    kind: row.kind as MessageKind,
    channel: row.channel as MessageChannel,
    to: row.toAddress,
    subject: row.subject,
    text: row.textBody,
    status: row.status as MessageStatus,
    attempts: row.attempts,
    nextAttemptAt: row.nextAttemptAt?.toISOString() ?? null,
    lastError: row.lastError,
    sentAt: row.sentAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    holderId: row.holderId,
    cardId: row.cardId,
    invitationId: row.invitationId,
  };
}

const NEEDS_ACTION: MessageStatus[] = ['manual', 'failed'];

/** GET /api/outbox: newest first. Audited: messages hold first names and addresses. */
export async function listOutbox(deps: OutboxDeps, context: AuditContext, query: OutboxListQuery): Promise<OutboxList> {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 50;
  const where = { ...(query.status ? { status: query.status } : {}), ...(query.holderId ? { holderId: query.holderId } : {}) };
  const [rows, total, needsAction] = await Promise.all([
    deps.db.outboxMessage.findMany({ where, orderBy: [{ createdAt: 'desc' }, { id: 'asc' }], skip: (page - 1) * pageSize, take: pageSize }),
    deps.db.outboxMessage.count({ where }),
    deps.db.outboxMessage.count({ where: { status: { in: NEEDS_ACTION } } }),
  ]);
  await recordAuditEvent(deps, context, { action: 'outbox.list', entityType: 'outbox', details: { status: query.status ?? null, holderId: query.holderId ?? null, count: rows.length } });
  return { items: rows.map(toOutboxMessageView), total, page, pageSize, emailEnabled: deps.config.mail.smtpUrl !== null, needsAction };
}

async function findMessage(db: Db, id: string): Promise<OutboxMessage> {
  const row = await db.outboxMessage.findUnique({ where: { id } });
  if (!row) throw new AppError('NOT_FOUND', 'No message with this id.');
  return row;
}

export async function getOutboxMessage(deps: OutboxDeps, context: AuditContext, id: string): Promise<OutboxMessageView> {
  const row = await findMessage(deps.db, id);
  await recordAuditEvent(deps, context, { action: 'outbox.read', entityType: 'outbox', entityId: id, details: { holderId: row.holderId } });
  return toOutboxMessageView(row);
}

/** One conditional update: two staff pressing at once cannot both win. */
async function transition(
  deps: OutboxDeps,
  context: AuditContext,
  id: string,
  change: { action: string; from: MessageStatus[]; data: Partial<OutboxMessage>; refusal: string },
): Promise<OutboxMessageView> {
  const row = await findMessage(deps.db, id);
  const updated = await deps.db.outboxMessage.updateMany({
    where: { id, status: { in: change.from } },
    data: { ...change.data, updatedAt: deps.clock() },
  });
  if (updated.count !== 1) throw new AppError('MESSAGE_STATE_CONFLICT', change.refusal.replace('{status}', row.status));
  await recordAuditEvent(deps, context, { action: change.action, entityType: 'outbox', entityId: id, details: { holderId: row.holderId, kind: row.kind } });
  return toOutboxMessageView(await findMessage(deps.db, id));
}

/** Sends a failed email again (or one that waited while SMTP was not set up), from a fresh count of tries. */
export async function retryMessage(deps: OutboxDeps, context: AuditContext, id: string): Promise<OutboxMessageView> {
  const row = await findMessage(deps.db, id);
  if (row.channel !== 'email' || !row.toAddress) throw new AppError('MESSAGE_STATE_CONFLICT', 'This is a printed slip; print it and hand it over instead.');
  if (deps.config.mail.smtpUrl === null) {
    throw new AppError('EMAIL_NOT_CONFIGURED', 'Email is not set up on this server (SMTP_URL). Copy the message into your own email, then mark it as passed on.');
  }
  return transition(deps, context, id, {
    action: 'outbox.retry',
    from: ['failed', 'manual'],
    data: { status: 'queued', attempts: 0, nextAttemptAt: deps.clock(), lastError: null, claimedAt: null },
    refusal: 'This message is {status}; only a failed or waiting message can be sent again.',
  });
}

/** Staff passed the message on themselves (printed the slip, or sent it from their own email). */
export async function markHandedOver(deps: OutboxDeps, context: AuditContext, id: string): Promise<OutboxMessageView> {
  return transition(deps, context, id, {
    action: 'outbox.handed_over',
    from: ['manual', 'failed', 'queued'],
    data: { status: 'handed_over', nextAttemptAt: null },
    refusal: 'This message is {status}; it cannot be marked as passed on.',
  });
}
