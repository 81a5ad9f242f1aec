import type { AuditContext } from '../audit/record-audit-event.ts';
import { reclaimErasedSpace } from '../db/reclaim-erased-space.ts';
import { inTransaction } from '../db/transaction.ts';
import type { AppDeps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { photosDir, removeStoredPhoto } from '../holders/holder-photo.ts';
import { eraseHolderRecord } from './erase-holder-record.ts';
import type { ErasureResult } from './schemas.ts';

const alreadyErased = () => new AppError('HOLDER_ERASED', "This young carer's record has already been erased.");

/** Case, accents and spacing aside, the same name. */
const sameName = (typed: string, name: string) => {
  const norm = (s: string) => s.normalize('NFKC').toLocaleLowerCase('en-GB').replace(/\s+/g, ' ').trim();
  return norm(typed) === norm(name);
};

/**
 * POST /api/holders/:id/erase (admin): erases one young carer's record now,
 * whatever the retention period says. The admin types the young carer's
 * given and family name to confirm. Erasing an erased record is refused
 * with HOLDER_ERASED; of an erasure by hand and the job at once, one erases
 * and the other finds it done.
 */
export async function eraseHolder(
  deps: Pick<AppDeps, 'db' | 'clock' | 'config' | 'database' | 'log' | 'auditSigner'>,
  options: { context: AuditContext; holderId: string; confirmName: string },
): Promise<ErasureResult> {
  const { context, holderId, confirmName } = options;
  const holder = await deps.db.holder.findUnique({ where: { id: holderId }, select: { givenName: true, familyName: true, erasedAt: true } });
  if (!holder) throw new AppError('NOT_FOUND', 'No young carer with this id.');
  if (holder.erasedAt) throw alreadyErased();
  if (!sameName(confirmName, `${holder.givenName} ${holder.familyName}`)) {
    throw new AppError('ERASE_CONFIRMATION_MISMATCH', "Type the young carer's given and family name exactly as the record shows them to confirm.", { field: 'confirmName' });
  }
  const erased = await inTransaction(deps.db, (tx) => eraseHolderRecord(tx, deps, context, { holderId, trigger: 'admin' }));
  if (!erased) throw alreadyErased();
  await removeStoredPhoto(photosDir(deps.config.dataDir), erased.photoFile);
  await reclaimErasedSpace(deps.database, deps.log);
  return { holderId, erasedAt: erased.erasedAt.toISOString(), removed: erased.counts };
}
