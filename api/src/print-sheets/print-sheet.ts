import { recordAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import type { PrintBranding } from '../branding/branding.ts';
import { renderPrintSheet, sheetPageCount, type PrintableCard } from '../card-pdf/render-print-sheet.ts';
import { printableContent, type PrintDeps } from '../cards/card-pdf.ts';
import { AppError } from '../errors.ts';
import { DEFAULT_CARD_TEMPLATE, DEFAULT_SHEET_TEMPLATE } from '../templates/load-templates.ts';
import type { SheetTemplate } from '../templates/schemas.ts';
import type { PrintSheetBody } from './schemas.ts';
import { selectPrintCards } from './select-print-cards.ts';

/** Cards are read from the database this many at a time while the sheet streams. */
const READ_BATCH = 50;

export type PrintSheetJob = { cardCount: number; pageCount: number; bytes: AsyncGenerator<Buffer> };

/**
 * POST /api/print-sheets. Everything that can be refused is checked before
 * the first byte (unknown or unprintable cards, an empty selection, a missing
 * template), so an error is always a clean 4xx; then the PDF streams, a
 * sheet at a time, reading cards in batches. Each card prints in its holder's
 * card language.
 */
export async function preparePrintSheet(deps: PrintDeps, options: { context: AuditContext; request: PrintSheetBody }): Promise<PrintSheetJob> {
  const { context, request: body } = options;
  const sheet = deps.templates.sheets.get(body.sheet ?? DEFAULT_SHEET_TEMPLATE);
  if (!sheet) throw new AppError('UNKNOWN_TEMPLATE', `No sheet layout called "${body.sheet}".`, { field: 'sheet' });
  const ids = await selectPrintCards(deps, body);
  const branding = (await deps.branding.current()).print;
  await recordAuditEvent(deps, context, {
    action: 'print_sheet.create',
    entityType: 'card',
    details: { cards: ids.length, sheet: sheet.id, ...(body.issuedSince ? { issuedSince: body.issuedSince } : {}) },
  });
  return { cardCount: ids.length, pageCount: sheetPageCount(sheet, ids.length), bytes: streamSheet(deps, sheet, ids, branding) };
}

function streamSheet(deps: PrintDeps, sheet: SheetTemplate, ids: string[], branding: PrintBranding): AsyncGenerator<Buffer> {
  async function* cards(): AsyncGenerator<PrintableCard> {
    for (let i = 0; i < ids.length; i += READ_BATCH) {
      const batch = ids.slice(i, i + READ_BATCH);
      const rows = await deps.db.card.findMany({
        where: { id: { in: batch } },
        include: { holder: { select: { givenName: true, preferredName: true, photoFile: true, cardLanguage: true } } },
      });
      const byId = new Map(rows.map((row) => [row.id, row]));
      for (const id of batch) {
        const card = byId.get(id);
        // A card deleted (holder erased) since the checks is left out rather than failing the sheet half-way.
        if (!card) continue;
        const template = deps.templates.cards.get(card.template) ?? deps.templates.cards.get(DEFAULT_CARD_TEMPLATE)!;
        yield { template, content: await printableContent(deps, card, card.holder, branding) };
      }
    }
  }
  return renderPrintSheet(sheet, cards(), ids.length, { organisationName: branding.organisationName });
}
