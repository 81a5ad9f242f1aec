import { randomUUID } from 'node:crypto';
import { appendAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import { inTransaction, type Tx } from '../db/transaction.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { AppError } from '../errors.ts';
import type { Holder } from '../generated/sqlite/client.ts';
import type { HolderDeps } from './deps.ts';
import { loadHolderDetail } from './holder-detail.ts';
import { cleanNewHolder } from './holder-input.ts';
import { searchTextOf } from './holder-names.ts';
import { assertPrintableName } from './printable-name.ts';
import type { CreateHolderBody, HolderDetail } from './schemas.ts';

export const referenceTaken = () =>
  new AppError('REFERENCE_TAKEN', 'Another young carer already has this reference.', { field: 'reference' });

/** Registers a young carer. The audit event names no personal detail, only the new id. */
export async function createHolder(deps: HolderDeps, options: { context: AuditContext; input: CreateHolderBody }): Promise<HolderDetail> {
  let holder;
  try {
    holder = await inTransaction(deps.db, (tx) => createHolderIn(tx, deps, options));
  } catch (error) {
    // The id is a fresh UUID: the only unique column that can clash is the reference.
    if (isUniqueViolation(error)) throw referenceTaken();
    throw error;
  }
  return loadHolderDetail(deps, holder);
}

/**
 * The same inside a transaction of the caller's (accepting a referral), so
 * every holder rule applies there too: cleaning, printable names, the
 * holder.create event. A reference clash surfaces as Prisma's unique
 * violation, for the caller to map with referenceTaken().
 */
export async function createHolderIn(tx: Tx, deps: Pick<HolderDeps, 'clock' | 'auditSigner'>, options: { context: AuditContext; input: CreateHolderBody }): Promise<Holder> {
  const { context, input } = options;
  const fields = cleanNewHolder(input, deps.clock());
  assertPrintableName(fields, { givenName: true, preferredName: fields.preferredName !== null });
  const row = await tx.holder.create({ data: { id: randomUUID(), ...fields, searchText: searchTextOf(fields) } });
  await appendAuditEvent(tx, deps, context, { action: 'holder.create', entityType: 'holder', entityId: row.id });
  return row;
}
