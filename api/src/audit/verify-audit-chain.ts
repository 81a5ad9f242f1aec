import type { AppDeps } from '../deps.ts';
import type { AuditChainFailure, AuditChainReport, AuditCheckpointFile } from './schemas.ts';
import { auditEventHash, GENESIS_HASH } from './audit-hash.ts';

const BATCH = 1000;

type Expected = { hash: string };

/**
 * Walks the whole chain in position order and reports the first thing that
 * does not hold, in this order: positions run 1, 2, 3... with no gap; every
 * event's hash and link; every signed checkpoint (stored ones, and those in
 * a file an admin kept) is validly signed and names the event at its
 * position; the signed head is validly signed and names the last event.
 */
export async function verifyAuditChain(
  deps: Pick<AppDeps, 'db' | 'auditSigner'>,
  options: { checkpoints?: AuditCheckpointFile } = {},
): Promise<AuditChainReport> {
  const { db, auditSigner } = deps;
  let checked = 0;
  let checkpoints = 0;
  const fail = (reason: AuditChainFailure, position: number | null, seq: number | null = null): AuditChainReport => ({
    intact: false, checked, firstBrokenSeq: seq, reason, position, checkpoints, keyId: auditSigner.keyId,
  });

  // Every checkpoint to compare with, by position; the file's are checked against this server's key.
  const expected = new Map<number, Expected[]>();
  const file = options.checkpoints;
  if (file && (file.keyId !== auditSigner.keyId || file.publicKey.x !== auditSigner.publicKey.x)) return fail('checkpoint_key_mismatch', null);
  const stored = await db.auditCheckpoint.findMany({ orderBy: { position: 'asc' } });
  const all = [...stored, ...(file?.checkpoints ?? []).map((c) => ({ ...c, at: new Date(c.at) }))];
  for (const c of all) {
    if (!auditSigner.verifyCheckpoint(c)) return fail('checkpoint_signature_invalid', c.position);
    const list = expected.get(c.position) ?? [];
    list.push({ hash: c.hash });
    expected.set(c.position, list);
  }

  // An event with no position (never written by this code) cannot be in the chain: a gap.
  const unnumbered = await db.auditEvent.findFirst({ where: { position: null }, orderBy: { seq: 'asc' }, select: { seq: true } });
  let expectedPrev = GENESIS_HASH;
  let last: { seq: number; position: number; hash: string } | null = null;
  for (;;) {
    const rows = await db.auditEvent.findMany({ where: { position: { gt: checked } }, orderBy: { position: 'asc' }, take: BATCH });
    for (const row of rows) {
      const position = row.position!;
      if (position !== checked + 1) return fail('gap', checked + 1, row.seq);
      if (row.prevHash !== expectedPrev || row.hash !== auditEventHash(row.prevHash, row)) return fail('link_broken', position, row.seq);
      for (const c of expected.get(position) ?? []) {
        if (c.hash !== row.hash) return fail('checkpoint_mismatch', position, row.seq);
        checkpoints++;
      }
      expected.delete(position);
      expectedPrev = row.hash;
      last = { seq: row.seq, position, hash: row.hash };
      checked++;
    }
    if (rows.length < BATCH) break;
  }
  if (unnumbered) return fail('gap', checked + 1, unnumbered.seq);
  // A checkpoint beyond the last event: the log was cut back (or rolled back) past a signed point.
  const beyond = [...expected.keys()].sort((a, b) => a - b)[0];
  if (beyond !== undefined) return fail('checkpoint_mismatch', beyond);

  const head = await db.auditChainHead.findUnique({ where: { id: 1 } });
  const headPosition = head?.position ?? 0;
  if (headPosition !== 0 || head?.signature) {
    if (!head || !auditSigner.verifyHead(head)) return fail('head_signature_invalid', headPosition);
  }
  if (headPosition !== (last?.position ?? 0) || (head?.hash ?? GENESIS_HASH) !== (last?.hash ?? GENESIS_HASH)) {
    return fail('head_mismatch', headPosition, last?.seq ?? null);
  }
  return { intact: true, checked, firstBrokenSeq: null, reason: null, position: null, checkpoints, keyId: auditSigner.keyId };
}
