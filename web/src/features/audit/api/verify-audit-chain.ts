import { useMutation } from '@tanstack/react-query';
import type { AuditChainReport, AuditCheckpointFile } from '../../../../../api/src/audit/schemas.ts';
import { api } from '../../../lib/api-client.ts';

/**
 * Recomputes every event's hash on the server and checks the signed
 * checkpoints and head; with a checkpoint file downloaded earlier, checks the
 * log against that too. A mutation only in the sense that it runs on demand.
 */
export function verifyAuditChain(checkpoints?: AuditCheckpointFile): Promise<AuditChainReport> {
  return checkpoints
    ? api.post<AuditChainReport>('/api/audit/verify', { checkpoints })
    : api.get<AuditChainReport>('/api/audit/verify');
}

export function useVerifyAuditChain() {
  return useMutation({ mutationFn: (checkpoints?: AuditCheckpointFile) => verifyAuditChain(checkpoints) });
}
