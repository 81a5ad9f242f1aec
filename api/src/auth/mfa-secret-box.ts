import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import type { Config } from '../config.ts';
import { loadSessionSecret } from './secrets.ts';

/**
 * TOTP secrets at rest: AES-256-GCM under a key derived (HKDF-SHA256) from
 * the session secret (SESSION_SECRET, or the one generated into DATA_DIR), so
 * every process that can sign staff tokens can read them and a copy of the
 * database alone cannot. Changing the session secret makes stored secrets
 * unreadable: those staff then sign in with a recovery code or have an admin
 * reset their two-step sign-in.
 */
const VERSION = 'v1';
const keys = new Map<string, Buffer>();

function keyFor(config: Pick<Config, 'dataDir' | 'sessionSecret'>): Buffer {
  const secret = loadSessionSecret(config.dataDir, config.sessionSecret);
  let key = keys.get(secret);
  if (!key) {
    key = Buffer.from(hkdfSync('sha256', secret, 'ycards-mfa', 'totp-secret-v1', 32));
    keys.set(secret, key);
  }
  return key;
}

export function sealMfaSecret(config: Pick<Config, 'dataDir' | 'sessionSecret'>, plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyFor(config), iv);
  const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), sealed.toString('base64url')].join(':');
}

/** The secret, or undefined when it cannot be opened (another key, or altered). */
export function openMfaSecret(config: Pick<Config, 'dataDir' | 'sessionSecret'>, stored: string): string | undefined {
  const [version, iv, tag, sealed] = stored.split(':');
  if (version !== VERSION || !iv || !tag || !sealed) return undefined;
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyFor(config), Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(sealed, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    return undefined;
  }
}
