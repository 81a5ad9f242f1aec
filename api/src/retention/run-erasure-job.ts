import { reclaimErasedSpace } from '../db/reclaim-erased-space.ts';
import { inTransaction } from '../db/transaction.ts';
import type { AppDeps } from '../deps.ts';
import { photosDir, removeStoredPhoto } from '../holders/holder-photo.ts';
import { eraseAbandonedImports } from '../imports/erase-abandoned-imports.ts';
import { eraseExpiredFeedback } from '../consultations/erase-expired-feedback.ts';
import { eraseDecidedReferrals } from '../referrals/erase-decided-referrals.ts';
import { eraseHolderRecord } from './erase-holder-record.ts';
import { removeOrphanPhotos } from './remove-orphan-photos.ts';
import { erasureDue, RETENTION_SELECT } from './retention-due.ts';
import { loadRetentionSettings, saveLastErasureRun } from './retention-settings-store.ts';
import type { ErasureRunResult } from './schemas.ts';

const SYSTEM = { actor: null, ip: null };

/**
 * The scheduled erasure: every record past its retention period is erased,
 * each in its own transaction with its own audit event. The due date is
 * checked again inside that transaction, and the erasure only happens if the
 * record has not changed since (a new card, an edit), so a record that
 * stopped being due in between is left alone. It keeps no state of its own:
 * several processes running it erase each record once. Each run ends by
 * deleting photo files no record points at (left by a crash just after an
 * erasure committed). Referrals decided longer ago than the referral
 * retention period are erased in the same run (referrals/erase-decided-referrals.ts),
 * and so are imports nobody ran within a week (imports/erase-abandoned-imports.ts),
 * and co-production suggestions and answers past theirs (consultations/erase-expired-feedback.ts).
 */
export async function runErasureJob(deps: Pick<AppDeps, 'db' | 'clock' | 'config' | 'database' | 'log' | 'auditSigner'>): Promise<ErasureRunResult> {
  const { months } = await loadRetentionSettings(deps);
  const now = deps.clock();
  const holders = await deps.db.holder.findMany({ where: { erasedAt: null }, select: RETENTION_SELECT });
  const dir = photosDir(deps.config.dataDir);
  let erased = 0;
  for (const { id } of holders.filter((h) => isDue(erasureDue(h, months, now), now))) {
    const done = await inTransaction(deps.db, async (tx) => {
      const fresh = await tx.holder.findFirst({ where: { id, erasedAt: null }, select: RETENTION_SELECT });
      if (!fresh || !isDue(erasureDue(fresh, months, now), now)) return null;
      return eraseHolderRecord(tx, deps, SYSTEM, { holderId: id, trigger: 'retention', unchangedSince: fresh.updatedAt });
    });
    if (!done) continue;
    erased += 1;
    await removeStoredPhoto(dir, done.photoFile);
  }
  const referrals = await eraseDecidedReferrals(deps);
  const imports = await eraseAbandonedImports(deps);
  const feedback = await eraseExpiredFeedback(deps);
  if (erased + referrals + imports + feedback.suggestions + feedback.answers > 0) await reclaimErasedSpace(deps.database, deps.log);
  const orphans = await removeOrphanPhotos(deps);
  if (orphans > 0) deps.log.info({ files: orphans }, 'deleted photo files no record points at');
  const result = { erased, referrals, imports, suggestions: feedback.suggestions, answers: feedback.answers };
  await saveLastErasureRun(deps, { at: now.toISOString(), result });
  return result;
}

const isDue = (due: ReturnType<typeof erasureDue>, now: Date) => due !== null && due.dueAt <= now;
