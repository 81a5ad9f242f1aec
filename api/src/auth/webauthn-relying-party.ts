import { isIP } from 'node:net';
import type { Config } from '../config.ts';
import { AppError } from '../errors.ts';

/**
 * Who passkeys are made for: the host of PUBLIC_URL (the relying party id)
 * and its origin, which the browser signs into every answer. A passkey made
 * for one PUBLIC_URL host does not work under another, so changing the host
 * means staff add their passkeys again (their app codes and recovery codes
 * still work). Browsers refuse passkeys for an IP address.
 */
export type RelyingParty = { id: string; origin: string };

export function relyingParty(config: Pick<Config, 'publicUrl'>): RelyingParty | null {
  const url = new URL(config.publicUrl);
  if (isIP(url.hostname.replace(/^\[|\]$/g, ''))) return null;
  return { id: url.hostname, origin: url.origin };
}

export function requireRelyingParty(config: Pick<Config, 'publicUrl'>): RelyingParty {
  const party = relyingParty(config);
  if (!party) {
    throw new AppError(
      'PASSKEYS_UNAVAILABLE',
      'Passkeys need this service to be reached by a name (such as localhost or cards.example.org), not an IP address. Use an authenticator app instead.',
    );
  }
  return party;
}
