import { useMutation } from '@tanstack/react-query';
import type { CardView } from '../../../../../api/src/cards/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { fileNameFrom, saveFile } from '../../../lib/save-file.ts';

export type CardPdf = { blob: Blob; fileName: string };

/**
 * The card as a PDF (85.6 x 54 mm, front then back), `bleed` mm larger on each
 * side for a print shop. 409 CARD_NOT_PRINTABLE for a revoked or expired card.
 */
export async function downloadCardPdf({ card, bleed = 0 }: { card: Pick<CardView, 'id' | 'number'>; bleed?: number }): Promise<CardPdf> {
  const response = await api.response('GET', `/api/cards/${encodeURIComponent(card.id)}/pdf`, undefined, {
    query: { bleed: bleed > 0 ? bleed : undefined },
  });
  return { blob: await response.blob(), fileName: fileNameFrom(response, `young-carer-card-${card.number}.pdf`) };
}

/** Fetches the PDF with the session's token, then hands it to the browser as a download. */
export function useDownloadCardPdf() {
  return useMutation({ mutationFn: downloadCardPdf, onSuccess: ({ blob, fileName }) => saveFile(blob, fileName) });
}
