import { useEffect, useState } from 'react';
import type { PasswordLinkView } from '../../../../../api/src/auth/schemas.ts';
import { api } from '../../../lib/api-client.ts';

/** Whose account a set-password link is for, asked as the page opens (nothing is used up). INVALID_LINK or ACCOUNT_DISABLED otherwise. */
export function checkPasswordLink(token: string): Promise<PasswordLinkView> {
  return api.post<PasswordLinkView>('/api/auth/set-password/check', { token }, { auth: false });
}

export type PasswordLinkCheck = { status: 'idle' | 'pending' } | { status: 'ok'; link: PasswordLinkView } | { status: 'refused'; error: Error };

/**
 * The check, held in the page's own state rather than the query cache: the
 * app clears that cache when its (absent) session refresh fails on start,
 * which would drop this answer while it is on its way.
 */
export function usePasswordLink(token: string | null): PasswordLinkCheck {
  const [check, setCheck] = useState<{ token: string; result: PasswordLinkCheck } | null>(null);
  useEffect(() => {
    if (!token) return;
    let current = true;
    checkPasswordLink(token).then(
      (link) => current && setCheck({ token, result: { status: 'ok', link } }),
      (error: unknown) => current && setCheck({ token, result: { status: 'refused', error: error instanceof Error ? error : new Error(String(error)) } }),
    );
    return () => {
      current = false;
    };
  }, [token]);
  if (!token) return { status: 'idle' };
  return check?.token === token ? check.result : { status: 'pending' };
}
