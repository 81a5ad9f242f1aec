import { recordAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import type { PrintBranding } from '../branding/branding.ts';
import { cardContentOf, type CardContent } from '../card-pdf/draw-card-face.ts';
import { renderCardPdf } from '../card-pdf/render-card-pdf.ts';
import { AppError } from '../errors.ts';
import { DEFAULT_CARD_LANGUAGE, isCardLanguage } from '../shared/languages.ts';
import type { Card, Holder } from '../generated/sqlite/client.ts';
import { readStoredPhoto } from '../holders/holder-photo.ts';
import { expiresOnDate } from './card-expiry.ts';
import { formatCardNumber } from './card-number.ts';
import { cardStatus, verifyUrl } from './card-view.ts';
import { findCard } from './find-card.ts';
import type { CardDeps } from './deps.ts';
import type { AppDeps } from '../deps.ts';

export type PrintDeps = CardDeps & Pick<AppDeps, 'branding'>;

/**
 * Only a card that can still be shown is printed: active or suspended (a
 * suspension may be lifted). A revoked or expired card is refused, so no
 * fresh-looking copy of a dead card is ever made.
 */
export function assertPrintable(card: Pick<Card, 'status' | 'expiresAt'>, now: Date): void {
  const status = cardStatus(card, now);
  if (status === 'revoked' || status === 'expired') {
    throw new AppError('CARD_NOT_PRINTABLE', `This card is ${status}; it cannot be printed. Issue, renew or reissue a card instead.`);
  }
}

/** What a card prints: its own values, the holder's name and photo, in the holder's card language, and the branding. */
export async function printableContent(
  deps: Pick<PrintDeps, 'config' | 'templates'>,
  card: Card,
  holder: Pick<Holder, 'givenName' | 'preferredName' | 'photoFile' | 'cardLanguage'>,
  branding: PrintBranding,
): Promise<CardContent> {
  return cardContentOf({
    name: holder.preferredName ?? holder.givenName,
    cardNumber: formatCardNumber(card.number),
    expiresOn: expiresOnDate(card.expiresAt),
    verifyUrl: verifyUrl(deps.config.publicUrl, card.token),
    qrMask: card.qrMask ?? undefined,
    photo: await readStoredPhoto(deps.config.dataDir, holder.photoFile),
    branding,
    language: isCardLanguage(holder.cardLanguage) ? holder.cardLanguage : DEFAULT_CARD_LANGUAGE,
    labels: deps.templates.labels,
  });
}

/** GET /api/cards/:id/pdf: the card as a CR80 PDF, front then back. Audited (the PDF shows a child's name and photo). */
export async function cardPdf(
  deps: PrintDeps,
  options: {
    context: AuditContext;
    cardId: string;
    bleed?: number | undefined;
    /** Set when the young carer downloads their own card */
    by?: { deviceId: string };
  },
): Promise<{ fileName: string; pdf: Buffer }> {
  const { context } = options;
  const card = await findCard(deps, options.cardId);
  assertPrintable(card, deps.clock());
  const holder = await deps.db.holder.findUnique({ where: { id: card.holderId }, select: { givenName: true, preferredName: true, photoFile: true, cardLanguage: true } });
  if (!holder) throw new AppError('NOT_FOUND', 'No card with this id.');
  const template = deps.templates.cards.get(card.template);
  if (!template) throw new AppError('UNKNOWN_TEMPLATE', `This card's template "${card.template}" no longer exists; choose another one for it.`, { field: 'template' });
  const branding = (await deps.branding.current()).print;
  const pdf = await renderCardPdf(template, await printableContent(deps, card, holder, branding), {
    bleed: options.bleed,
    organisationName: branding.organisationName,
  });
  await recordAuditEvent(deps, context, { action: 'card.pdf', entityType: 'card', entityId: card.id, details: { template: card.template, bleed: options.bleed ?? 0, ...(options.by ? { byHolderDevice: options.by.deviceId } : {}) } });
  return { fileName: `young-carer-card-${formatCardNumber(card.number)}.pdf`, pdf };
}
