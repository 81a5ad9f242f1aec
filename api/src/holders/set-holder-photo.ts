import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { appendAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import { inTransaction } from '../db/transaction.ts';
import type { HolderDeps } from './deps.ts';
import { findHolder, loadHolderDetail } from './holder-detail.ts';
import { photosDir, reencodePhoto, removeStoredPhoto, swapPhotoFile, writeFileAtomically } from './holder-photo.ts';
import type { HolderDetail } from './schemas.ts';

/** PUT /api/holders/:id/photo: stores the re-encoded photo and replaces (then deletes) the previous one. */
export async function setHolderPhoto(deps: HolderDeps, options: { context: AuditContext; holderId: string; upload: Buffer }): Promise<HolderDetail> {
  const { context, holderId: id, upload } = options;
  await findHolder(deps.db, id);
  const jpeg = await reencodePhoto(upload);
  const fileName = `${randomBytes(16).toString('hex')}.jpg`;
  const dir = photosDir(deps.config.dataDir);
  await writeFileAtomically(dir, fileName, jpeg);
  let previous: string | null;
  try {
    previous = await inTransaction(deps.db, async (tx) => {
      const replaced = await swapPhotoFile(tx, id, fileName);
      await appendAuditEvent(tx, deps, context, { action: 'holder.photo_set', entityType: 'holder', entityId: id, details: { replaced: replaced !== null } });
      return replaced;
    });
  } catch (error) {
    await rm(path.join(dir, fileName), { force: true });
    throw error;
  }
  await removeStoredPhoto(dir, previous);
  return loadHolderDetail(deps, id);
}
