import { isPartnerCode } from './remembered.ts';

/**
 * A card's QR code holds `${PUBLIC_URL}/v#<token>`; a partner's own link is
 * `/v?p=<code>`. The token sits after "#" so it never reaches a server log or
 * a Referer header; this page reads it, posts it to the verify API in a body,
 * and takes it out of the address bar.
 */
export type CardLink = { token?: string; partnerCode?: string };

export function cardLinkIn(location: { hash: string; search: string }): CardLink {
  const token = location.hash.replace(/^#/, '').trim();
  const partnerCode = new URLSearchParams(location.search).get('p')?.trim() ?? '';
  return {
    ...(token ? { token } : {}),
    ...(partnerCode && isPartnerCode(partnerCode) ? { partnerCode } : {}),
  };
}

/** Three base64url parts: what a signed card token looks like, when a QR holds the bare token. */
const BARE_TOKEN = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

/**
 * The token in a scanned QR code: a verify link (`.../v#token`, from any
 * address: the signature decides, not the host) or a bare token. Anything
 * else (a shop's own QR, a web address) is not a card.
 */
export function tokenFromScan(text: string): string | undefined {
  const value = text.trim();
  if (BARE_TOKEN.test(value)) return value;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  const token = url.hash.slice(1);
  return /\/v\/?$/.test(url.pathname) && BARE_TOKEN.test(token) ? token : undefined;
}
