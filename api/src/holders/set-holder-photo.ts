import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { recordAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
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
    previous = await swapPhotoFile(deps, id, fileName);
  } catch (error) {
    await rm(path.join(dir, fileName), { force: true });
    throw error;
  }
  await removeStoredPhoto(dir, previous);
  await recordAuditEvent(deps, context, { action: 'holder.photo_set', entityType: 'holder', entityId: id, details: { replaced: previous !== null } });
  return loadHolderDetail(deps, id);
}
