/**
 * Search text for holders' names: folded for accent-insensitive search, and
 * safe inside SQL LIKE patterns. Cleaning itself is in shared/clean-text.ts.
 */
import { cleanName } from '../shared/clean-text.ts';

/**
 * Prisma's `contains` is SQL LIKE and passes `%`, `_` (and on PostgreSQL `\`)
 * through as wildcards, with no portable way to escape them (SQLite has no
 * default escape character). searchText and search words both carry those
 * characters as private-use stand-ins instead, so a pattern never holds a
 * wildcard of the user's and `_` still finds a literal `_`. cleanName drops
 * private-use characters, so the stand-ins cannot come from real text.
 */
const LIKE_SPECIAL: Record<string, string> = { '%': '\uE000', _: '\uE001', '\\': '\uE002' };
function likeSafe(text: string): string {
  return text.replace(/[%_\\]/g, (ch) => LIKE_SPECIAL[ch] ?? ch);
}

/** Letters that Unicode does not decompose into a base letter and an accent. */
const EXTRA_FOLDS: Record<string, string> = { ł: 'l', đ: 'd', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ı: 'i', þ: 'th', ð: 'd' };

/**
 * Lower case without accents, so staff without a Polish or Romanian keyboard
 * still find "Wiśniewska" by typing "wisniewska" (and the accented spelling
 * finds it too).
 */
export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[łđøæœßıþð]/g, (ch) => EXTRA_FOLDS[ch] ?? ch)
    .normalize('NFC');
}

/** What search matches against: folded names and reference, in one string (LIKE-safe, see above). */
export function searchTextOf(holder: {
  givenName: string;
  familyName: string;
  preferredName: string | null;
  reference: string | null;
}): string {
  const text = [holder.givenName, holder.familyName, holder.preferredName, holder.reference]
    .filter((part): part is string => Boolean(part))
    .join(' ');
  return likeSafe(foldForSearch(text));
}

/** The words of a search query, cleaned and folded the same way as searchText (at most 8). */
export function searchWords(query: string): string[] {
  return likeSafe(foldForSearch(cleanName(query))).split(' ').filter(Boolean).slice(0, 8);
}
