import { useQuery } from '@tanstack/react-query';
import type { PasswordLinkView } from '../../../../../api/src/auth/schemas.ts';
import { api } from '../../../lib/api-client.ts';

/** Whose account a set-password link is for, asked as the page opens (nothing is used up). INVALID_LINK or ACCOUNT_DISABLED otherwise. */
export function checkPasswordLink(token: string): Promise<PasswordLinkView> {
  return api.post<PasswordLinkView>('/api/auth/set-password/check', { token }, { auth: false });
}

export function usePasswordLink(token: string | null) {
  return useQuery({
    queryKey: ['auth', 'password-link', token],
    queryFn: () => checkPasswordLink(token!),
    enabled: token !== null,
    // A refused link stays refused; asking again would only spend the rate limit.
    retry: false,
    staleTime: Infinity,
  });
}
