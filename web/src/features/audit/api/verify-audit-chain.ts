import { useMutation } from '@tanstack/react-query';
import type { AuditChainReport } from '../../../../../api/src/audit/schemas.ts';
import { api } from '../../../lib/api-client.ts';

/** Recomputes every event's hash on the server. A mutation only in the sense that it runs on demand. */
export function verifyAuditChain(): Promise<AuditChainReport> {
  return api.get<AuditChainReport>('/api/audit/verify');
}

export function useVerifyAuditChain() {
  return useMutation({ mutationFn: verifyAuditChain });
}
