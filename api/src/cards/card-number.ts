/**
 * Card numbers: "YC-" then 12 random Crockford base32 symbols (60 bits) and
 * one check symbol (mod 37, Crockford's check alphabet), grouped for reading
 * aloud: YC-7K3P-Q9MD-2HXWT. Typing is forgiving: case, spaces, dashes and the
 * look-alikes O/I/L are accepted; a wrong symbol fails the check.
 *
 * No Node-only imports: the public verify page (web/src/public) checks a typed
 * number with parseCardNumber before it calls the API.
 */
export const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CHECK_ALPHABET = `${ALPHABET}*~$=U`;
const DATA_LENGTH = 12;

export function generateCardNumber(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(DATA_LENGTH));
  // 32 divides 256, so a byte mod 32 is uniform.
  const data = [...bytes].map((b) => ALPHABET[b % 32]).join('');
  return `${data}${checkSymbol(data)}`;
}

function checkSymbol(data: string): string {
  let remainder = 0;
  for (const ch of data) remainder = (remainder * 32 + ALPHABET.indexOf(ch)) % 37;
  return CHECK_ALPHABET[remainder]!;
}

/** The stored form (13 symbols, no prefix or dashes), or undefined when the input is not a valid card number. */
export function parseCardNumber(input: string): string | undefined {
  if (input.length > 40) return undefined;
  const cleaned = normaliseCrockford(input).replace(/^YC/, '');
  if (cleaned.length !== DATA_LENGTH + 1) return undefined;
  const data = cleaned.slice(0, DATA_LENGTH);
  if (![...data].every((ch) => ALPHABET.includes(ch))) return undefined;
  return checkSymbol(data) === cleaned[DATA_LENGTH] ? cleaned : undefined;
}

/**
 * Crockford base32 as people type it: any case, spaces and dashes ignored,
 * and the look-alikes O, I and L read as 0, 1 and 1.
 */
export function normaliseCrockford(input: string): string {
  return input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

/** As printed: YC-7K3P-Q9MD-2HXWT */
export function formatCardNumber(stored: string): string {
  return `YC-${stored.slice(0, 4)}-${stored.slice(4, 8)}-${stored.slice(8)}`;
}
