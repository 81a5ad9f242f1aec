import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type JsonWebKey, type KeyObject } from 'node:crypto';
import { chmodSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** DATA_DIR/<this>: the audit log's signing key, never in the database. */
export const AUDIT_KEY_FILE = 'audit-signing-key.jwk.json';

export type AuditPublicKey = { kty: 'OKP'; crv: 'Ed25519'; x: string };

/**
 * Signs the audit chain's head and checkpoints. The private key lives in
 * DATA_DIR (mode 0600), so someone who can only change the database cannot
 * sign a head that matches a log they cut short, rewrote or added to.
 */
export type AuditSigner = {
  readonly publicKey: AuditPublicKey;
  /** SHA-256 of the public key, hex: names the key in reports and downloads. */
  readonly keyId: string;
  /** True when this start made the key (there was none in DATA_DIR). */
  readonly generated: boolean;
  signHead(head: { position: number; hash: string }): string;
  verifyHead(head: { position: number; hash: string; signature: string | null }): boolean;
  signCheckpoint(checkpoint: { position: number; hash: string; at: Date }): string;
  verifyCheckpoint(checkpoint: { position: number; hash: string; at: Date; signature: string }): boolean;
};

// Domain-separated, so a head signature can never pass as a checkpoint's or the other way round.
const headMessage = (h: { position: number; hash: string }) => Buffer.from(`ycards audit head v1\n${h.position}\n${h.hash}`);
const checkpointMessage = (c: { position: number; hash: string; at: Date }) =>
  Buffer.from(`ycards audit checkpoint v1\n${c.position}\n${c.hash}\n${c.at.toISOString()}`);

/** Loads DATA_DIR's audit key, making it on first start (several processes starting at once agree on one file). */
export function loadAuditSigner(dataDir: string): AuditSigner {
  const file = path.join(dataDir, AUDIT_KEY_FILE);
  let generated = false;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    const { privateKey } = generateKeyPairSync('ed25519');
    const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
    writeFileSync(temp, JSON.stringify(privateKey.export({ format: 'jwk' })), { mode: 0o600, flag: 'wx' });
    try {
      // link() never replaces an existing file: a process that lost the race reads the winner's key.
      linkSync(temp, file);
      generated = true;
    } catch (linkError) {
      if ((linkError as NodeJS.ErrnoException).code !== 'EEXIST') throw linkError;
    } finally {
      unlinkSync(temp);
    }
    text = readFileSync(file, 'utf8');
  }
  chmodSync(file, 0o600);
  return auditSigner(JSON.parse(text) as JsonWebKey, generated);
}

export function auditSigner(privateJwk: JsonWebKey, generated = false): AuditSigner {
  if (privateJwk.kty !== 'OKP' || privateJwk.crv !== 'Ed25519' || !privateJwk.d) {
    throw new Error(`DATA_DIR/${AUDIT_KEY_FILE} is not an Ed25519 private key`);
  }
  const privateKey: KeyObject = createPrivateKey({ key: privateJwk, format: 'jwk' });
  const publicKeyObject = createPublicKey(privateKey);
  const { x } = publicKeyObject.export({ format: 'jwk' });
  const publicKey: AuditPublicKey = { kty: 'OKP', crv: 'Ed25519', x: x! };
  const keyId = createHash('sha256').update(Buffer.from(x!, 'base64url')).digest('hex');
  const check = (message: Buffer, signature: string | null) => {
    if (!signature) return false;
    try {
      return verify(null, message, publicKeyObject, Buffer.from(signature, 'base64url'));
    } catch {
      return false;
    }
  };
  // The head this process signed last: the next append usually finds it unchanged, and then skips a verify (~0.17 ms) under the chain's lock.
  let lastSigned: { position: number; hash: string; signature: string } | undefined;
  return {
    publicKey,
    keyId,
    generated,
    signHead: (head) => {
      const signature = sign(null, headMessage(head), privateKey).toString('base64url');
      lastSigned = { position: head.position, hash: head.hash, signature };
      return signature;
    },
    verifyHead: (head) =>
      (lastSigned !== undefined && head.position === lastSigned.position && head.hash === lastSigned.hash && head.signature === lastSigned.signature) ||
      check(headMessage(head), head.signature),
    signCheckpoint: (c) => sign(null, checkpointMessage(c), privateKey).toString('base64url'),
    verifyCheckpoint: (c) => check(checkpointMessage(c), c.signature),
  };
}
