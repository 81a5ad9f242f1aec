import { assertPrintable, type PrintDeps } from '../cards/card-pdf.ts';
import { formatCardNumber } from '../cards/card-number.ts';
import { CURRENT_CARD_STATUSES } from '../cards/schemas.ts';
import { AppError } from '../errors.ts';
import { MAX_PRINT_SHEET_CARDS, type PrintSheetBody } from './schemas.ts';

/**
 * The cards a print sheet request names, in print order, after every check
 * that can refuse it (unknown, revoked or expired cards, a vanished template,
 * nothing since that date, too many). Shared by the sheet and its check step,
 * so the check lists exactly the cards the sheet will hold.
 */
export async function selectPrintCards(deps: Pick<PrintDeps, 'db' | 'clock' | 'templates'>, body: Pick<PrintSheetBody, 'cardIds' | 'issuedSince'>): Promise<string[]> {
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
