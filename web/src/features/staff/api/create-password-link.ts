import { useMutation } from '@tanstack/react-query';
import type { PasswordLink } from '../../../../../api/src/staff/schemas.ts';
import { api } from '../../../lib/api-client.ts';

/** A fresh one-time link for setting a password (the first expired, or a reset). */
export function createPasswordLink(id: string): Promise<PasswordLink> {
  return api.post<PasswordLink>(`/api/staff/${encodeURIComponent(id)}/password-link`);
}

export function useCreatePasswordLink() {
  return useMutation({ mutationFn: createPasswordLink });
}
