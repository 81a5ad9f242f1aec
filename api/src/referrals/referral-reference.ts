import { ALPHABET, normaliseCrockford } from '../cards/card-number.ts';

/**
 * The reference a referrer is given: "RF-" and 8 random Crockford base32
 * symbols (40 bits), grouped for reading aloud on the phone: RF-7K3P-Q9MD.
 * Random, so it says nothing about how many referrals there are or when.
 */
const LENGTH = 8;

export function generateReferralReference(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(LENGTH));
  return [...bytes].map((b) => ALPHABET[b % 32]).join('');
}

export function formatReferralReference(stored: string): string {
  return `RF-${stored.slice(0, 4)}-${stored.slice(4)}`;
}

/** The stored form of a reference as people type it (case, dashes, O for 0 forgiven), or undefined. */
export function parseReferralReference(input: string): string | undefined {
  if (input.length > 30) return undefined;
  const cleaned = normaliseCrockford(input).replace(/^RF/, '');
  return cleaned.length === LENGTH && [...cleaned].every((ch) => ALPHABET.includes(ch)) ? cleaned : undefined;
}
