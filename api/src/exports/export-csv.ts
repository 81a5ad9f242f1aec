import { recordAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import { expiresOnDate } from '../cards/card-expiry.ts';
import { formatCardNumber } from '../cards/card-number.ts';
import { cardStatus } from '../cards/card-view.ts';
import type { AppDeps } from '../deps.ts';
import { csvLine, UTF8_BOM } from './csv-line.ts';
import type { ExportKind } from './schemas.ts';

const PAGE = 500;

type ExportDeps = Pick<AppDeps, 'db' | 'clock' | 'auditSigner'>;

/**
 * GET /api/exports/holders.csv and cards.csv (admins only). The export is
 * audited before the first byte (kind and how many rows, nothing else);
 * then the file streams a page of rows at a time. The holders file has the
 * headings the import recognises, so it can be imported again elsewhere. The
 * caring note, photos and card tokens are never exported.
 */
export async function exportCsv(deps: ExportDeps, options: { context: AuditContext; kind: ExportKind }): Promise<AsyncGenerator<string>> {
  const { context, kind } = options;
  const rows = kind === 'holders' ? await deps.db.holder.count({ where: { erasedAt: null } }) : await deps.db.card.count({ where: { holder: { erasedAt: null } } });
  await recordAuditEvent(deps, context, { action: kind === 'holders' ? 'export.holders' : 'export.cards', details: { rows } });
  return kind === 'holders' ? holderLines(deps) : cardLines(deps);
}

async function* holderLines(deps: ExportDeps): AsyncGenerator<string> {
  yield UTF8_BOM +
    csvLine(['Record id', 'Reference', 'Given name', 'Family name', 'Preferred name', 'Date of birth', 'Contact email', 'Contact phone', 'Consent given by', 'Consent date', 'Consent method', 'Notes', 'Registered on']);
  let after: string | undefined;
  for (;;) {
    const page = await deps.db.holder.findMany({ where: { erasedAt: null, ...(after ? { id: { gt: after } } : {}) }, orderBy: { id: 'asc' }, take: PAGE });
    if (page.length === 0) return;
    let text = '';
    for (const h of page) {
      text += csvLine([
        h.id, h.reference, h.givenName, h.familyName, h.preferredName, h.dateOfBirth, h.contactEmail, h.contactPhone,
        h.consentBy, h.consentAt.toISOString().slice(0, 10), h.consentMethod, h.notes, h.createdAt.toISOString().slice(0, 10),
      ]);
    }
    yield text;
    after = page.at(-1)!.id;
  }
}

async function* cardLines(deps: ExportDeps): AsyncGenerator<string> {
  yield UTF8_BOM + csvLine(['Card number', 'Status', 'Issued on', 'Valid until', 'Template', 'Record id', 'Reference', 'Name on card']);
  const now = deps.clock();
  let after: string | undefined;
  for (;;) {
    const page = await deps.db.card.findMany({
      where: { holder: { erasedAt: null }, ...(after ? { id: { gt: after } } : {}) },
      orderBy: { id: 'asc' },
      take: PAGE,
      include: { holder: { select: { reference: true, givenName: true, preferredName: true } } },
    });
    if (page.length === 0) return;
    let text = '';
    for (const c of page) {
      text += csvLine([
        formatCardNumber(c.number), cardStatus(c, now), c.issuedAt.toISOString().slice(0, 10), expiresOnDate(c.expiresAt), c.template,
        c.holderId, c.holder.reference, c.holder.preferredName ?? c.holder.givenName,
      ]);
    }
    yield text;
    after = page.at(-1)!.id;
  }
}
