import { createHash, randomBytes } from 'node:crypto';

/** Every partner API key starts with this, so a till system's key is recognised in an Authorization header. */
export const PARTNER_KEY_PREFIX = 'ycp_';

/** Keys have 256 random bits, so a fast hash is enough (nothing to brute-force); the secret itself is never stored. */
export const hashPartnerKey = (secret: string) => createHash('sha256').update(secret).digest('hex');

export const newPartnerKeySecret = () => PARTNER_KEY_PREFIX + randomBytes(32).toString('base64url');
