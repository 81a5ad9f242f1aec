import type { AppDeps } from '../deps.ts';
import { inTransaction, type Tx } from '../db/transaction.ts';
import { auditEventHash, GENESIS_HASH } from './audit-hash.ts';

/** Who did something, and from where. `null` actor means the system itself. */
export type AuditContext = {
  actor: { id: string; email: string } | null;
  ip: string | null;
};

export type AuditInput = {
  action: string;
  entityType?: string;
  entityId?: string;
  /** Never passwords, tokens, or anything about a cared-for person. */
  details?: Record<string, unknown>;
};

/**
 * Appends one event to the hash chain inside `tx`, the transaction of the
 * change it records: the change and its event commit together, or neither
 * does. Call it last in the transaction.
 *
 * It first updates the chain's head row. That row stays locked until `tx`
 * ends (PostgreSQL's row lock; SQLite's write lock), so appends from every
 * process take turns and the tail read next is the event committed last.
 */
export async function appendAuditEvent(
  tx: Tx,
  deps: Pick<AppDeps, 'clock'>,
  context: AuditContext,
  input: AuditInput,
): Promise<{ seq: number; hash: string }> {
  await tx.auditChainHead.upsert({ where: { id: 1 }, create: { id: 1, appends: 1 }, update: { appends: { increment: 1 } } });
  const tail = await tx.auditEvent.findFirst({ orderBy: { seq: 'desc' }, select: { hash: true } });
  const prevHash = tail?.hash ?? GENESIS_HASH;
  const fields = {
    at: deps.clock(),
    actorId: context.actor?.id ?? null,
    actorEmail: context.actor?.email ?? null,
    action: input.action,
    entityType: input.entityType ?? null,
    entityId: input.entityId ?? null,
    ip: context.ip,
    details: JSON.stringify(input.details ?? {}),
  };
  const hash = auditEventHash(prevHash, fields);
  return tx.auditEvent.create({ data: { ...fields, prevHash, hash }, select: { seq: true, hash: true } });
}

/** An event with no change of its own to commit with (a sign-in that failed, a record looked at): one transaction for it alone. */
export function recordAuditEvent(
  deps: Pick<AppDeps, 'db' | 'clock'>,
  context: AuditContext,
  input: AuditInput,
): Promise<{ seq: number; hash: string }> {
  return inTransaction(deps.db, (tx) => appendAuditEvent(tx, deps, context, input));
}
