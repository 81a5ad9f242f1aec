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
 * process take turns. The new event extends the head (its position + 1, its
 * hash), not whatever row is last in the table: events removed from the
 * tail stay visible as a gap. The head is then moved to the new event and
 * signed with the audit key, unless the head it extended was not validly
 * signed: a broken head is never signed over, so it stays broken.
 */
export async function appendAuditEvent(
  tx: Tx,
  deps: Pick<AppDeps, 'clock' | 'auditSigner'>,
  context: AuditContext,
  input: AuditInput,
): Promise<{ seq: number; hash: string }> {
  const head = await tx.auditChainHead.upsert({ where: { id: 1 }, create: { id: 1, appends: 1 }, update: { appends: { increment: 1 } } });
  const fresh = head.position === 0 && head.signature === null && head.hash === GENESIS_HASH;
  const trusted = fresh || deps.auditSigner.verifyHead(head);
  const prevHash = head.hash;
  const position = head.position + 1;
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
  const event = await tx.auditEvent.create({ data: { ...fields, prevHash, hash, position }, select: { seq: true, hash: true } });
  const signature = trusted ? deps.auditSigner.signHead({ position, hash }) : null;
  await tx.auditChainHead.update({ where: { id: 1 }, data: { position, hash, signature } });
  return event;
}

/** An event with no change of its own to commit with (a sign-in that failed, a record looked at): one transaction for it alone. */
export function recordAuditEvent(
  deps: Pick<AppDeps, 'db' | 'clock' | 'auditSigner'>,
  context: AuditContext,
  input: AuditInput,
): Promise<{ seq: number; hash: string }> {
  return inTransaction(deps.db, (tx) => appendAuditEvent(tx, deps, context, input));
}
