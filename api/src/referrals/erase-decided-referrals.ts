import { appendAuditEvent } from '../audit/record-audit-event.ts';
import { inTransaction } from '../db/transaction.ts';
import type { AppDeps } from '../deps.ts';
import { photosDir, removeStoredPhoto } from '../holders/holder-photo.ts';
import { eraseReferralRow } from './erase-referral.ts';
import { loadReferralSettings } from './referral-settings.ts';

const DAY_MS = 86_400_000;
const SYSTEM = { actor: null, ip: null };

/**
 * Part of the retention job: referrals decided (declined, withdrawn, or
 * accepted: then only who referred is left on them) more than
 * `keepDecidedDays` ago are erased, each in its own transaction with one
 * `referral.erase` event. Conditional on the referral not being erased yet,
 * so several processes running it erase each once. Returns how many.
 */
export async function eraseDecidedReferrals(deps: Pick<AppDeps, 'db' | 'clock' | 'config' | 'auditSigner'>): Promise<number> {
  const { keepDecidedDays } = await loadReferralSettings(deps);
  const now = deps.clock();
  const before = new Date(now.getTime() - keepDecidedDays * DAY_MS);
  const due = await deps.db.referral.findMany({ where: { erasedAt: null, status: { not: 'new' }, decidedAt: { lt: before } }, select: { id: true, status: true } });
  const dir = photosDir(deps.config.dataDir);
  let erased = 0;
  for (const { id, status } of due) {
    const done = await inTransaction(deps.db, async (tx) => {
      const result = await eraseReferralRow(tx, { referralId: id, at: now, onlyDecidedBefore: before });
      if (result) await appendAuditEvent(tx, deps, SYSTEM, { action: 'referral.erase', entityType: 'referral', entityId: id, details: { trigger: 'retention', status, photo: result.photoFile !== null } });
      return result;
    });
    if (!done) continue;
    erased += 1;
    await removeStoredPhoto(dir, done.photoFile);
  }
  return erased;
}
