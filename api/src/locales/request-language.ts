import { DEFAULT_LANGUAGE, isMessageLanguage, type MessageLanguage } from '../shared/languages.ts';

/**
 * The language a public answer's own words are in, from the request's
 * Accept-Language (RFC 9110: `cy-GB, en;q=0.8`). The highest-weighted range we
 * speak wins (its primary subtag decides: `cy-GB` is Welsh); ties keep the
 * header's order; `q=0` rules a language out; `*` or nothing we speak gives
 * English. Never throws on a malformed header: it is the client's.
 */
export function requestLanguage(header: string | string[] | undefined): MessageLanguage {
  const value = Array.isArray(header) ? header.join(',') : header;
  if (!value) return DEFAULT_LANGUAGE;
  const ranges: { language: string; q: number; order: number }[] = [];
  const refused = new Set<string>();
  for (const [order, part] of value.slice(0, 500).split(',').entries()) {
    const [tag = '', ...params] = part.trim().split(';');
    const language = tag.trim().toLowerCase().split('-')[0]!;
    if (!/^([a-z]{1,8}|\*)$/.test(language)) continue;
    const qParam = params.map((p) => p.trim().toLowerCase()).find((p) => p.startsWith('q='));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    if (!Number.isFinite(q) || q < 0 || q > 1) continue;
    if (q === 0) refused.add(language);
    else ranges.push({ language, q, order });
  }
  ranges.sort((a, b) => b.q - a.q || a.order - b.order);
  for (const { language } of ranges) {
    if (language === '*') return DEFAULT_LANGUAGE;
    if (isMessageLanguage(language) && !refused.has(language)) return language;
  }
  return DEFAULT_LANGUAGE;
}
