import { formatCardNumber } from '../cards/card-number.ts';
import type { PrintDeps } from '../cards/card-pdf.ts';
import { sheetPageCount } from '../card-pdf/render-print-sheet.ts';
import { AppError } from '../errors.ts';
import { DEFAULT_SHEET_TEMPLATE } from '../templates/load-templates.ts';
import type { CardTemplate } from '../templates/schemas.ts';
import type { PrintSheetCheck, PrintSheetCheckBody } from './schemas.ts';
import { selectPrintCards } from './select-print-cards.ts';

const READ_BATCH = 500;

/**
 * POST /api/print-sheets/check: what the sheet would hold (cards, pages,
 * layout) and which cards would print an empty photo box, refused exactly as
 * the sheet itself would be. Nothing is printed, so nothing is audited: the
 * names it returns are those staff already see in the card list.
 */
export async function checkPrintSheet(deps: Pick<PrintDeps, 'db' | 'clock' | 'templates'>, body: PrintSheetCheckBody): Promise<PrintSheetCheck> {
  const sheet = deps.templates.sheets.get(body.sheet ?? DEFAULT_SHEET_TEMPLATE);
  if (!sheet) throw new AppError('UNKNOWN_TEMPLATE', `No sheet layout called "${body.sheet}".`, { field: 'sheet' });
  const ids = await selectPrintCards(deps, body);
  const withoutPhoto: PrintSheetCheck['withoutPhoto'] = [];
  for (let i = 0; i < ids.length; i += READ_BATCH) {
    const batch = ids.slice(i, i + READ_BATCH);
    const rows = await deps.db.card.findMany({
      where: { id: { in: batch }, holder: { photoFile: null } },
      select: { id: true, number: true, template: true, holder: { select: { id: true, givenName: true, familyName: true, preferredName: true } } },
    });
    const byId = new Map(rows.map((row) => [row.id, row]));
    for (const id of batch) {
      const row = byId.get(id);
      const template = row ? deps.templates.cards.get(row.template) : undefined;
      if (!row || !template || !hasPhotoBox(template)) continue;
      withoutPhoto.push({ cardId: row.id, cardNumber: formatCardNumber(row.number), holder: row.holder });
    }
  }
  const cardsPerSheet = sheet.columns * sheet.rows;
  return {
    cardCount: ids.length,
    pageCount: sheetPageCount(sheet, ids.length),
    sheetCount: Math.ceil(ids.length / cardsPerSheet),
    layout: { id: sheet.id, name: sheet.name, columns: sheet.columns, rows: sheet.rows, cardsPerSheet },
    withoutPhoto,
  };
}

function hasPhotoBox(template: CardTemplate): boolean {
  return [...template.front.elements, ...template.back.elements].some((element) => element.type === 'image' && element.field === 'photo');
}
