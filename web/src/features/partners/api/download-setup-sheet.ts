import { useMutation } from '@tanstack/react-query';
import type { PartnerView } from '../../../../../api/src/partners/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { fileNameFrom, saveFile } from '../../../lib/save-file.ts';

/** The shop's one-page setup sheet (A4 PDF: its QR code, the steps, what the answers mean). */
export async function downloadSetupSheet(partner: Pick<PartnerView, 'id'>): Promise<{ blob: Blob; fileName: string }> {
  const response = await api.response('GET', `/api/partners/${encodeURIComponent(partner.id)}/setup-sheet`);
  return { blob: await response.blob(), fileName: fileNameFrom(response, 'setup-sheet.pdf') };
}

export function useDownloadSetupSheet() {
  return useMutation({ mutationFn: downloadSetupSheet, onSuccess: ({ blob, fileName }) => saveFile(blob, fileName) });
}
