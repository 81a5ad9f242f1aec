import { appendAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import { inTransaction } from '../db/transaction.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { AppError } from '../errors.ts';
import { referenceTaken } from './create-holder.ts';
import type { HolderDeps } from './deps.ts';
import { findHolder, loadHolderDetail } from './holder-detail.ts';
import { cleanHolderChanges, type HolderFields } from './holder-input.ts';
import { searchTextOf } from './holder-names.ts';
import { assertPrintableName } from './printable-name.ts';
import type { HolderDetail, UpdateHolderBody } from './schemas.ts';

/**
 * Changes some of a holder's details. Only fields whose value really changes
 * are written; the audit event lists their names, never their values.
 */
export async function updateHolder(deps: HolderDeps, options: { context: AuditContext; holderId: string; changes: UpdateHolderBody }): Promise<HolderDetail> {
  const { context, holderId: id, changes: input } = options;
  const { db } = deps;
  const holder = await findHolder(db, id);
  const changes = cleanHolderChanges(input, deps.clock());
  const changed = (Object.keys(changes) as (keyof HolderFields)[]).filter((key) => !sameValue(holder[key], changes[key]));
  if (changed.length === 0) return loadHolderDetail(deps, holder);

  const data = Object.fromEntries(changed.map((key) => [key, changes[key]])) as Partial<HolderFields>;
  if (changed.includes('givenName') || changed.includes('preferredName')) {
    assertPrintableName({ ...holder, ...data }, { givenName: changed.includes('givenName'), preferredName: changed.includes('preferredName') });
  }
  let updated;
  try {
    updated = await inTransaction(db, async (tx) => {
      const row = await tx.holder.update({ where: { id }, data: { ...data, searchText: searchTextOf({ ...holder, ...data }) } });
      await appendAuditEvent(tx, deps, context, { action: 'holder.update', entityType: 'holder', entityId: id, details: { changed } });
      return row;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw referenceTaken();
    if ((error as { code?: unknown }).code === 'P2025') throw new AppError('NOT_FOUND', 'No young carer with this id.');
    throw error;
  }
  return loadHolderDetail(deps, updated);
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a === b;
}
