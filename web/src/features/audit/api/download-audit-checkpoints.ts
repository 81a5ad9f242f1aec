import { useMutation } from '@tanstack/react-query';
import type { AuditCheckpointFile } from '../../../../../api/src/audit/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { saveFile } from '../../../lib/save-file.ts';

/** The signed checkpoints and the audit public key (the server records the download and signs a fresh checkpoint first). */
export function downloadAuditCheckpoints(): Promise<AuditCheckpointFile> {
  return api.get<AuditCheckpointFile>('/api/audit/checkpoints');
}

/** Downloads the checkpoint file and hands it to the browser to save. */
export function useDownloadAuditCheckpoints() {
  return useMutation({
    mutationFn: downloadAuditCheckpoints,
    onSuccess: (file) => {
      const blob = new Blob([`${JSON.stringify(file, null, 2)}\n`], { type: 'application/json' });
      saveFile(blob, `audit-checkpoints-${file.downloadedAt.slice(0, 10)}.json`);
    },
  });
}
