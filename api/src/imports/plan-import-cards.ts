import { cardExpiry } from '../cards/card-expiry.ts';
import type { CardDeps } from '../cards/deps.ts';
import { CURRENT_CARD_STATUSES } from '../cards/schemas.ts';
import { AppError } from '../errors.ts';
import { CARD_ROW_RESULTS, findImportJob } from './import-view.ts';
import type { ImportCardsPlan } from './schemas.ts';

/**
 * GET /api/imports/:id/cards/plan: the check-your-answers step before cards
 * are issued for everyone imported. Who would get a card and who would be
 * skipped, and why, as counts; nothing is written. The batch itself applies
 * the same rules again, card by card (see runImportCardsBatch).
 */
export async function planImportCards(deps: CardDeps, options: { importId: string }): Promise<ImportCardsPlan> {
  const job = await findImportJob(deps.db, options.importId);
  if (job.status !== 'done') throw new AppError('IMPORT_STATE_CONFLICT', 'Cards can be issued once the import has finished.');
  const rows = await deps.db.importRow.findMany({
    where: { jobId: job.id, result: { in: CARD_ROW_RESULTS }, NOT: { holderId: null } },
    select: { holderId: true },
  });
  const holderIds = [...new Set(rows.map((row) => row.holderId!))];
  const now = deps.clock();
  const plan: ImportCardsPlan = {
    toIssue: 0, alreadyHaveCard: 0, tooOld: 0, erased: 0, sameYoungCarer: rows.length - holderIds.length,
    validityMonths: deps.config.cards.validityMonths, maxAge: deps.config.cards.maxAge,
  };
  for (let start = 0; start < holderIds.length; start += 1000) {
    const ids = holderIds.slice(start, start + 1000);
    const holders = await deps.db.holder.findMany({
      where: { id: { in: ids } },
      select: { id: true, dateOfBirth: true, erasedAt: true, cards: { where: { status: { in: CURRENT_CARD_STATUSES }, expiresAt: { gt: now } }, select: { id: true } } },
    });
    for (const holder of holders) {
      if (holder.erasedAt) plan.erased++;
      else if (holder.cards.length > 0) plan.alreadyHaveCard++;
      else if ('tooOld' in cardExpiry(now, holder.dateOfBirth, deps.config.cards)) plan.tooOld++;
      else plan.toIssue++;
    }
    plan.erased += ids.length - holders.length;
  }
  return plan;
}
