import { appendAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import { inTransaction } from '../db/transaction.ts';
import type { HolderDeps } from './deps.ts';
import { findHolder, loadHolderDetail } from './holder-detail.ts';
import { photosDir, removeStoredPhoto, swapPhotoFile } from './holder-photo.ts';
import type { HolderDetail } from './schemas.ts';

/** DELETE /api/holders/:id/photo. Removing a photo that is not there changes nothing and records nothing. */
export async function removeHolderPhoto(deps: HolderDeps, options: { context: AuditContext; holderId: string }): Promise<HolderDetail> {
  const { context, holderId: id } = options;
  const holder = await findHolder(deps.db, id);
  if (holder.photoFile === null) return loadHolderDetail(deps, holder);
  const previous = await inTransaction(deps.db, async (tx) => {
    const removed = await swapPhotoFile(tx, id, null);
    if (removed !== null) await appendAuditEvent(tx, deps, context, { action: 'holder.photo_remove', entityType: 'holder', entityId: id });
    return removed;
  });
  if (previous === null) return loadHolderDetail(deps, id);
  await removeStoredPhoto(photosDir(deps.config.dataDir), previous);
  return loadHolderDetail(deps, id);
}
