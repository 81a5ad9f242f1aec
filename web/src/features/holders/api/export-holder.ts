import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { fileNameFrom, saveFile } from '../../../lib/save-file.ts';

export type HolderExportFormat = 'json' | 'pdf';

/** A subject access export of one young carer's whole record (admins only; every export is audited). */
export async function exportHolder({ holderId, format }: { holderId: string; format: HolderExportFormat }): Promise<{ blob: Blob; fileName: string }> {
  const response = await api.response('GET', `/api/holders/${encodeURIComponent(holderId)}/export.${format}`);
  return { blob: await response.blob(), fileName: fileNameFrom(response, `subject-access-${holderId}.${format}`) };
}

/** Fetches the export with the session's token, then hands it to the browser as a download. */
export function useExportHolder() {
  return useMutation({ mutationFn: exportHolder, onSuccess: ({ blob, fileName }) => saveFile(blob, fileName) });
}
