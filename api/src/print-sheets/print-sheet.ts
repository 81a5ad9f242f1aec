import { recordAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import type { PrintBranding } from '../branding/branding.ts';
import { renderPrintSheet, sheetPageCount, type PrintableCard } from '../card-pdf/render-print-sheet.ts';
import { assertPrintable, printableContent, type PrintDeps } from '../cards/card-pdf.ts';
import { formatCardNumber } from '../cards/card-number.ts';
import { AppError } from '../errors.ts';
import { DEFAULT_CARD_TEMPLATE, DEFAULT_SHEET_TEMPLATE } from '../templates/load-templates.ts';
import type { SheetTemplate } from '../templates/schemas.ts';
import { MAX_PRINT_SHEET_CARDS, type PrintSheetBody } from './schemas.ts';
import { CURRENT_CARD_STATUSES } from '../cards/schemas.ts';

/** Cards are read from the database this many at a time while the sheet streams. */
const READ_BATCH = 50;

export type PrintSheetJob = { cardCount: number; pageCount: number; bytes: AsyncGenerator<Buffer> };

/**
 * POST /api/print-sheets. Everything that can be refused is checked before
 * the first byte (unknown or unprintable cards, an empty selection, a missing
 * template), so an error is always a clean 4xx; then the PDF streams, a
 * sheet at a time, reading cards in batches.
 */
export async function preparePrintSheet(deps: PrintDeps, options: { context: AuditContext; request: PrintSheetBody }): Promise<PrintSheetJob> {
  const { context, request: body } = options;
  const sheet = deps.templates.sheets.get(body.sheet ?? DEFAULT_SHEET_TEMPLATE);
  if (!sheet) throw new AppError('UNKNOWN_TEMPLATE', `No sheet layout called "${body.sheet}".`, { field: 'sheet' });
  const ids = await selectCards(deps, body);
  const branding = (await deps.branding.current()).print;
  await recordAuditEvent(deps, context, {
    action: 'print_sheet.create',
    entityType: 'card',
    details: { cards: ids.length, sheet: sheet.id, ...(body.issuedSince ? { issuedSince: body.issuedSince } : {}) },
  });
  return { cardCount: ids.length, pageCount: sheetPageCount(sheet, ids.length), bytes: streamSheet(deps, sheet, ids, branding) };
}

async function selectCards(deps: PrintDeps, body: PrintSheetBody): Promise<string[]> {
  if ((body.cardIds === undefined) === (body.issuedSince === undefined)) {
    throw new AppError('VALIDATION_FAILED', 'Send either cardIds or issuedSince (one of them).', { field: body.cardIds ? 'issuedSince' : 'cardIds' });
  }
  const now = deps.clock();
  if (body.cardIds) {
    const ids = [...new Set(body.cardIds)];
    const found = new Map<string, { id: string; number: string; status: string; expiresAt: Date; template: string }>();
    for (let i = 0; i < ids.length; i += 500) {
      const rows = await deps.db.card.findMany({
        where: { id: { in: ids.slice(i, i + 500) } },
        select: { id: true, number: true, status: true, expiresAt: true, template: true },
      });
      for (const row of rows) found.set(row.id, row);
    }
    for (const id of ids) {
      const card = found.get(id);
      if (!card) throw new AppError('NOT_FOUND', `No card with id "${id}".`, { field: 'cardIds' });
      try {
        assertPrintable(card, now);
      } catch (error) {
        throw new AppError('CARD_NOT_PRINTABLE', `Card ${formatCardNumber(card.number)} is revoked or expired and cannot be printed; leave it out.`, {
          field: 'cardIds',
          cause: error,
        });
      }
      if (!deps.templates.cards.has(card.template)) {
        throw new AppError('UNKNOWN_TEMPLATE', `Card ${formatCardNumber(card.number)} uses the template "${card.template}", which no longer exists.`, { field: 'cardIds' });
      }
    }
    return ids;
  }
  const since = new Date(body.issuedSince!);
  const rows = await deps.db.card.findMany({
    where: { issuedAt: { gte: since }, status: { in: CURRENT_CARD_STATUSES }, expiresAt: { gt: now }, template: { in: [...deps.templates.cards.keys()] } },
    select: { id: true },
    orderBy: [{ issuedAt: 'asc' }, { id: 'asc' }],
    take: MAX_PRINT_SHEET_CARDS + 1,
  });
  if (rows.length === 0) throw new AppError('NOTHING_TO_PRINT', 'No current card was issued since then.', { field: 'issuedSince' });
  if (rows.length > MAX_PRINT_SHEET_CARDS) {
    throw new AppError('VALIDATION_FAILED', `More than ${MAX_PRINT_SHEET_CARDS} cards match; choose a later date and print in parts.`, { field: 'issuedSince' });
  }
  return rows.map((row) => row.id);
}

function streamSheet(deps: PrintDeps, sheet: SheetTemplate, ids: string[], branding: PrintBranding): AsyncGenerator<Buffer> {
  async function* cards(): AsyncGenerator<PrintableCard> {
    for (let i = 0; i < ids.length; i += READ_BATCH) {
      const batch = ids.slice(i, i + READ_BATCH);
      const rows = await deps.db.card.findMany({
        where: { id: { in: batch } },
        include: { holder: { select: { givenName: true, preferredName: true, photoFile: true } } },
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
