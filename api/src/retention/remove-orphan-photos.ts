import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { AppDeps } from '../deps.ts';
import { photosDir, STORED_NAME } from '../holders/holder-photo.ts';

/** An upload writes its file before its transaction commits: a file this young may be one on its way. */
const MIN_AGE_MS = 60 * 60_000;
const CHUNK = 500;

/**
 * Deletes photo files no record points at and older than an hour. An
 * erasure deletes its photo just after its commit; a crash in between (or a
 * failed delete) would leave the file, so each erasure run ends with this.
 * Returns how many files went.
 */
export async function removeOrphanPhotos(deps: Pick<AppDeps, 'db' | 'config' | 'clock'>): Promise<number> {
  const dir = photosDir(deps.config.dataDir);
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => STORED_NAME.test(name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
  const referenced = new Set<string>();
  for (let i = 0; i < names.length; i += CHUNK) {
    const rows = await deps.db.holder.findMany({ where: { photoFile: { in: names.slice(i, i + CHUNK) } }, select: { photoFile: true } });
    for (const { photoFile } of rows) if (photoFile) referenced.add(photoFile);
    // A referral's photo waits in the same folder until the referral is accepted (then it is the holder's) or erased.
    const referrals = await deps.db.referral.findMany({ where: { photoFile: { in: names.slice(i, i + CHUNK) } }, select: { photoFile: true } });
    for (const { photoFile } of referrals) if (photoFile) referenced.add(photoFile);
    // A consultation option's picture lives here too, so that backups take it.
    const options = await deps.db.consultationOption.findMany({ where: { imageFile: { in: names.slice(i, i + CHUNK) } }, select: { imageFile: true } });
    for (const { imageFile } of options) if (imageFile) referenced.add(imageFile);
  }
  const before = deps.clock().getTime() - MIN_AGE_MS;
  let removed = 0;
  for (const name of names.filter((n) => !referenced.has(n))) {
    const file = path.join(dir, name);
    const info = await stat(file).catch(() => null);
    if (!info || info.mtimeMs > before) continue;
    await rm(file, { force: true });
    removed += 1;
  }
  return removed;
}
