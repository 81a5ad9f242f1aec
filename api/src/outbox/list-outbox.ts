import { recordAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import type { AppDeps } from '../deps.ts';
import { codeViewers } from './code-viewers.ts';
import { toOutboxMessageView } from './outbox-message-view.ts';
import type { MessageStatus, OutboxList } from './schemas.ts';

const NEEDS_ACTION: MessageStatus[] = ['manual', 'failed'];

/** GET /api/outbox: newest first. Audited: messages hold first names and addresses. */
export async function listOutbox(
  deps: Pick<AppDeps, 'db' | 'config' | 'clock' | 'auditSigner'>,
  options: { context: AuditContext; status?: MessageStatus | undefined; holderId?: string | undefined; page?: number | undefined; pageSize?: number | undefined },
): Promise<OutboxList> {
  const { context, status, holderId } = options;
  const page = options.page ?? 1;
  const pageSize = options.pageSize ?? 50;
  const where = { ...(status ? { status } : {}), ...(holderId ? { holderId } : {}) };
  const [rows, total, needsAction] = await Promise.all([
    deps.db.outboxMessage.findMany({ where, orderBy: [{ createdAt: 'desc' }, { id: 'asc' }], skip: (page - 1) * pageSize, take: pageSize }),
    deps.db.outboxMessage.count({ where }),
    deps.db.outboxMessage.count({ where: { status: { in: NEEDS_ACTION } } }),
  ]);
  await recordAuditEvent(deps, context, { action: 'outbox.list', entityType: 'outbox', details: { status: status ?? null, holderId: holderId ?? null, count: rows.length } });
  const own = await codeViewers(deps, rows, context.actor?.id ?? null);
  return { items: rows.map((row) => toOutboxMessageView(row, { showCode: own.has(row.id) })), total, page, pageSize, emailEnabled: deps.config.mail.smtpUrl !== null, needsAction };
}
