import { ALPHABET, normaliseCrockford } from '../cards/card-number.ts';

/**
 * The code in an invitation: 10 Crockford base32 symbols (50 random bits),
 * printed as K7P3Q-9MD2H so it can be read over the phone and typed on a
 * cheap phone. Guessing is stopped by the date-of-birth check, the lock
 * after a few wrong answers and the per-address rate limit, not by length.
 *
 * No Node-only imports: the young carer's page (web/src/public) checks a
 * typed code with parseInvitationCode before it calls the API.
 */
const LENGTH = 10;

export function generateInvitationCode(): string {
  const data = [...crypto.getRandomValues(new Uint8Array(LENGTH))].map((b) => ALPHABET[b % 32]).join('');
  return `${data.slice(0, 5)}-${data.slice(5)}`;
}

/** The stored form (10 symbols), or undefined when the input cannot be a code. */
export function parseInvitationCode(input: string): string | undefined {
  if (input.length > 40) return undefined;
  const cleaned = normaliseCrockford(input);
  return cleaned.length === LENGTH && [...cleaned].every((ch) => ALPHABET.includes(ch)) ? cleaned : undefined;
}

/** As printed: K7P3Q-9MD2H */
export function formatInvitationCode(stored: string): string {
  return `${stored.slice(0, 5)}-${stored.slice(5)}`;
}
