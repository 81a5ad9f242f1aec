import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AUDIT_KEY_FILE, loadAuditSigner } from '../../api/src/audit/audit-key.ts';

describe('the audit signing key', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'ycards-audit-key-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('is made once, mode 0600, and loaded again as the same key', () => {
    const first = loadAuditSigner(dataDir);
    const again = loadAuditSigner(dataDir);
    expect(first.generated).toBe(true);
    expect(again.generated).toBe(false);
    expect(again.keyId).toBe(first.keyId);
    expect(statSync(path.join(dataDir, AUDIT_KEY_FILE)).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(path.join(dataDir, AUDIT_KEY_FILE), 'utf8'))).toMatchObject({ kty: 'OKP', crv: 'Ed25519', x: first.publicKey.x });
  });

  it('signs heads and checkpoints so that no field can change, and one never passes as the other', () => {
    const signer = loadAuditSigner(dataDir);
    const hash = 'ab'.repeat(32);
    const head = { position: 7, hash, signature: signer.signHead({ position: 7, hash }) };
    expect(signer.verifyHead(head)).toBe(true);
    expect(signer.verifyHead({ ...head, position: 6 })).toBe(false);
    expect(signer.verifyHead({ ...head, hash: 'cd'.repeat(32) })).toBe(false);
    expect(signer.verifyHead({ ...head, signature: null })).toBe(false);
    expect(signer.verifyHead({ ...head, signature: 'not base64url at all!' })).toBe(false);
    const at = new Date('2026-12-04T12:00:00.000Z');
    const checkpoint = { position: 7, hash, at, signature: signer.signCheckpoint({ position: 7, hash, at }) };
    expect(signer.verifyCheckpoint(checkpoint)).toBe(true);
    expect(signer.verifyCheckpoint({ ...checkpoint, at: new Date(at.getTime() + 1) })).toBe(false);
    expect(signer.verifyCheckpoint({ ...checkpoint, signature: head.signature })).toBe(false);
    expect(signer.verifyHead({ ...head, signature: checkpoint.signature })).toBe(false);
    // Another key's signature is refused.
    const other = loadAuditSigner(path.join(dataDir, 'other'));
    expect(other.verifyHead(head)).toBe(false);
  });
});
