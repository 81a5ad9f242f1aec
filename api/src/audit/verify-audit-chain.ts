import type { AppDeps } from '../deps.ts';
import type { AuditChainReport } from './schemas.ts';
import { auditEventHash, GENESIS_HASH } from './audit-hash.ts';

const BATCH = 1000;

/** Walks the whole chain in order and reports the first event whose link or content does not match. */
export async function verifyAuditChain({ db }: Pick<AppDeps, 'db'>): Promise<AuditChainReport> {
  let expectedPrev = GENESIS_HASH;
  let checked = 0;
  let after = 0;
  for (;;) {
    const rows = await db.auditEvent.findMany({ where: { seq: { gt: after } }, orderBy: { seq: 'asc' }, take: BATCH });
    for (const row of rows) {
      const recomputed = auditEventHash(row.prevHash, row);
      if (row.prevHash !== expectedPrev || row.hash !== recomputed) {
        return { intact: false, checked, firstBrokenSeq: row.seq };
      }
      expectedPrev = row.hash;
      checked++;
    }
    if (rows.length < BATCH) return { intact: true, checked, firstBrokenSeq: null };
    after = rows[rows.length - 1]!.seq;
  }
}
