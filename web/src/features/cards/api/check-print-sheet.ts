import { useMutation } from '@tanstack/react-query';
import type { PrintSheetCheck, PrintSheetCheckBody } from '../../../../../api/src/print-sheets/schemas.ts';
import { api } from '../../../lib/api-client.ts';

/** What a print sheet would hold, before it is made; refused with the sheet's own codes (409 CARD_NOT_PRINTABLE, 422 NOTHING_TO_PRINT...). */
export function checkPrintSheet(body: PrintSheetCheckBody): Promise<PrintSheetCheck> {
  return api.post<PrintSheetCheck>('/api/print-sheets/check', body);
}

export function useCheckPrintSheet() {
  return useMutation({ mutationFn: checkPrintSheet });
}
