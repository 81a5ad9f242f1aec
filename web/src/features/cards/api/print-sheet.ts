import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { PrintSheetBody } from '../../../../../api/src/print-sheets/schemas.ts';
import { ApiError, api, NETWORK_ERROR } from '../../../lib/api-client.ts';
import { todayAsCalendarDate } from '../../../lib/format-date.ts';
import { fileNameFrom, saveFile } from '../../../lib/save-file.ts';
import { progressScanner, type PrintSheetProgress } from './print-sheet-progress.ts';

export type PrintSheet = { blob: Blob; fileName: string; cardCount: number; pageCount: number };

const CUT_SHORT = 'cards.print.cutShort';

/**
 * A4 print sheets for chosen cards (`cardIds`) or for every current card
 * issued since a moment (`issuedSince`), read as the PDF streams in so
 * `onProgress` can say how many cards are done. Refusals come before any PDF
 * byte: 400 VALIDATION_FAILED, 404 NOT_FOUND, 409 CARD_NOT_PRINTABLE,
 * 422 NOTHING_TO_PRINT.
 */
export async function printSheet(body: PrintSheetBody, onProgress: (progress: PrintSheetProgress) => void): Promise<PrintSheet> {
  const response = await api.response('POST', '/api/print-sheets', body);
  const cardCount = headerCount(response, 'X-Card-Count');
  const pageCount = headerCount(response, 'X-Page-Count');
  const fileName = fileNameFrom(response, `print-sheet-${todayAsCalendarDate()}.pdf`);
  onProgress({ done: 0, total: cardCount });

  if (!response.body) {
    const blob = await response.blob();
    onProgress({ done: cardCount, total: cardCount });
    return { blob, fileName, cardCount, pageCount };
  }
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  const scan = progressScanner();
  let done = 0;
  const reader = response.body.getReader();
  try {
    for (;;) {
      const next = await reader.read();
      if (next.done) break;
      chunks.push(next.value);
      const seen = scan(next.value);
      if (seen) {
        done = seen.done;
        onProgress({ done, total: cardCount || seen.total });
      }
    }
  } catch {
    throw new ApiError(0, NETWORK_ERROR, CUT_SHORT);
  }
  // The last line says every card is done; without it the file is incomplete.
  if (cardCount > 0 && done < cardCount) throw new ApiError(0, NETWORK_ERROR, CUT_SHORT);
  return { blob: new Blob(chunks, { type: 'application/pdf' }), fileName, cardCount, pageCount };
}

function headerCount(response: Response, name: string): number {
  const value = Number(response.headers.get(name));
  return Number.isInteger(value) && value >= 0 ? value : 0;
}

/** Prints, following progress as the PDF arrives, then hands the file to the browser as a download. */
export function usePrintSheet() {
  const [progress, setProgress] = useState<PrintSheetProgress | null>(null);
  const mutation = useMutation({
    mutationFn: (body: PrintSheetBody) => printSheet(body, setProgress),
    onMutate: () => setProgress(null),
    onSuccess: (sheet) => saveFile(sheet.blob, sheet.fileName),
  });
  return { mutation, progress };
}
