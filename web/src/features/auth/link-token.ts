import { useLocation } from 'react-router';

/** The API accepts one-time tokens of this many characters. */
const MIN_TOKEN_LENGTH = 10;
const MAX_TOKEN_LENGTH = 200;

export type LinkToken = { state: 'missing' } | { state: 'malformed' } | { state: 'present'; token: string };

/**
 * One-time links carry their token in the URL fragment (`/set-password#<token>`),
 * which browsers never send to the server, so it stays out of logs.
 */
export function useLinkToken(): LinkToken {
  const { hash } = useLocation();
  let token = hash.replace(/^#/, '').trim();
  try {
    token = decodeURIComponent(token);
  } catch {
    return { state: 'malformed' };
  }
  if (!token) return { state: 'missing' };
  if (token.length < MIN_TOKEN_LENGTH || token.length > MAX_TOKEN_LENGTH) return { state: 'malformed' };
  return { state: 'present', token };
}
