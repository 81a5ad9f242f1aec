import { foldForSearch } from '../holders/holder-names.ts';

/**
 * "Similar names" for the duplicate check: the same child is often spelt a
 * little differently by a school and by a parent (Zoe / Zoë, Mohammed /
 * Muhammad, Kowalczyk-Brown / Kowalczyk Brown, Sam / Samantha), or has given
 * and family name swapped. Accents, case, spaces and punctuation never count.
 */

type Names = { givenName: string; familyName: string; preferredName?: string | null };

/** Folded letters and digits only: "Kowalczyk-Brown" and "kowalczyk brown" are the same. */
export function nameKey(name: string): string {
  return foldForSearch(name).replace(/[^\p{L}\p{N}]/gu, '');
}

/** True when two people's names could be the same child's. */
export function namesLookAlike(a: Names, b: Names): boolean {
  const givenA = givenKeys(a);
  const givenB = givenKeys(b);
  const familyA = nameKey(a.familyName);
  const familyB = nameKey(b.familyName);
  const givenClose = givenA.some((x) => givenB.some((y) => close(x, y)));
  if (givenClose && close(familyA, familyB)) return true;
  // Given and family name the other way round.
  return givenA.some((x) => close(x, familyB)) && givenB.some((y) => close(y, familyA));
}

function givenKeys(names: Names): string[] {
  return [names.givenName, names.preferredName].filter((n): n is string => Boolean(n)).map(nameKey).filter(Boolean);
}

/** Equal; or one starts the other (at least 3 letters: Sam, Samantha); or a typing slip or two (more for longer names). */
function close(x: string, y: string): boolean {
  if (x === '' || y === '') return false;
  if (x === y) return true;
  if (Math.min(x.length, y.length) >= 3 && (x.startsWith(y) || y.startsWith(x))) return true;
  const allowed = Math.max(x.length, y.length) >= 8 ? 2 : 1;
  return Math.abs(x.length - y.length) <= allowed && editDistance(x, y, allowed) <= allowed;
}

/** Levenshtein distance, giving up (returning limit + 1) once it must exceed `limit`. */
export function editDistance(x: string, y: string, limit: number): number {
  const a = [...x];
  const b = [...y];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/** The last 9 digits of a phone number: 0115 496 0000 and +44 115 496 0000 are the same phone. Empty when too short to tell. */
export function phoneKey(phone: string | null | undefined): string {
  const digits = (phone ?? '').replace(/\D/g, '');
  return digits.length >= 9 ? digits.slice(-9) : '';
}
