import { createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { loadSessionSecret } from '../auth/secrets.ts';
import type { Config } from '../config.ts';

/**
 * What an answer stores instead of who gave it. For a young carer answering
 * on their own page: HMAC-SHA256, under a key derived (HKDF) from the session
 * secret (SESSION_SECRET, or DATA_DIR/session-secret, which backups include),
 * of the consultation and holder ids. One-way and different for every
 * consultation, so answers cannot be joined across consultations or back to
 * a holder without the key; the unique (consultationId, voterToken) index is
 * what allows one answer each. Changing the session secret starts every open
 * consultation's "already answered" afresh.
 */
const keys = new Map<string, Buffer>();

function keyFor(config: Pick<Config, 'dataDir' | 'sessionSecret'>): Buffer {
  const secret = loadSessionSecret(config.dataDir, config.sessionSecret);
  let key = keys.get(secret);
  if (!key) {
    key = Buffer.from(hkdfSync('sha256', secret, 'ycards-consultations', 'voter-token-v1', 32));
    keys.set(secret, key);
  }
  return key;
}

export function holderVoterToken(config: Pick<Config, 'dataDir' | 'sessionSecret'>, consultationId: string, holderId: string): string {
  return createHmac('sha256', keyFor(config)).update(`${consultationId}\n${holderId}`).digest('base64url');
}

/** An answer staff wrote down (phone, email, a group session): nobody to count twice, so a random token. */
export function staffVoterToken(): string {
  return `staff:${randomBytes(24).toString('base64url')}`;
}
