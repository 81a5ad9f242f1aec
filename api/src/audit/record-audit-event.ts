import type { AppDeps } from '../deps.ts';
import type { Db } from '../db/database.ts';
import { isUniqueViolation } from '../db/errors.ts';
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

const MAX_ATTEMPTS = 20;
const queues = new WeakMap<Db, Promise<unknown>>();

/**
 * Appends one event to the hash chain. Appends from this process are queued
 * one after another; another process extending the chain at the same moment
 * makes our insert hit the unique `prevHash`, and we retry on the new tail.
 */
export function recordAuditEvent(
  deps: Pick<AppDeps, 'db' | 'clock'>,
  context: AuditContext,
  input: AuditInput,
): Promise<{ seq: number; hash: string }> {
  const previous = queues.get(deps.db) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(() => append(deps, context, input));
  queues.set(deps.db, next);
  return next;
}

async function append(
  { db, clock }: Pick<AppDeps, 'db' | 'clock'>,
  context: AuditContext,
  input: AuditInput,
) {
  for (let attempt = 1; ; attempt++) {
    const tail = await db.auditEvent.findFirst({ orderBy: { seq: 'desc' }, select: { hash: true } });
    const prevHash = tail?.hash ?? GENESIS_HASH;
    const fields = {
      at: clock(),
      actorId: context.actor?.id ?? null,
      actorEmail: context.actor?.email ?? null,
      action: input.action,
      entityType: input.entityType ?? null,
      entityId: input.entityId ?? null,
      ip: context.ip,
      details: JSON.stringify(input.details ?? {}),
    };
    const hash = auditEventHash(prevHash, fields);
    try {
      const row = await db.auditEvent.create({ data: { ...fields, prevHash, hash }, select: { seq: true, hash: true } });
      return row;
    } catch (error) {
      if (attempt < MAX_ATTEMPTS && isUniqueViolation(error)) continue;
      throw error;
    }
  }
}
