import { recordAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import { cardPdf, type PrintDeps } from '../cards/card-pdf.ts';
import { expiresOnDate } from '../cards/card-expiry.ts';
import { formatCardNumber } from '../cards/card-number.ts';
import { cardStatus, verifyUrl } from '../cards/card-view.ts';
import { suspendCard } from '../cards/suspend-card.ts';
import { REPORTED_LOST } from '../cards/schemas.ts';
import { AppError } from '../errors.ts';
import type { Card } from '../generated/sqlite/client.ts';
import { currentCardOf } from '../holders/holder-view.ts';
import { readStoredPhoto } from '../holders/holder-photo.ts';
import { benefitsForHolder } from '../partners/benefit-rules.ts';
import { calendarDay } from '../shared/calendar.ts';
import type { SignedInDevice } from './device-sessions.ts';
import type { MyCard, MyCardState } from './schemas.ts';
import type { AppDeps } from '../deps.ts';

export type MyCardDeps = PrintDeps & Pick<AppDeps, 'benefits'>;

/** The young carer acting on their own card: no staff actor; the audit details name the device session. */
const holderContext = (ip: string | null): AuditContext => ({ actor: null, ip });

async function cardsOf(deps: MyCardDeps, holderId: string): Promise<Card[]> {
  return deps.db.card.findMany({ where: { holderId }, orderBy: [{ issuedAt: 'desc' }, { id: 'asc' }] });
}

function stateOf(card: Card | undefined, now: Date): MyCardState {
  if (!card) return 'none';
  const status = cardStatus(card, now);
  return status === 'suspended' ? 'frozen' : status;
}

/** GET /api/my/card: the holder's current card (a new one shows as soon as it is issued). */
export async function getMyCard(deps: MyCardDeps, device: SignedInDevice): Promise<MyCard> {
  const now = deps.clock();
  const card = currentCardOf(await cardsOf(deps, device.holder.id));
  const state = stateOf(card, now);
  const { view: branding } = await deps.branding.current();
  const { holder } = device;
  return {
    name: holder.preferredName ?? holder.givenName,
    photoUrl: holder.photoFile ? `/api/my/photo?v=${encodeURIComponent(holder.photoFile.replace(/\.jpg$/, ''))}` : null,
    state,
    card: card
      ? {
          id: card.id,
          number: formatCardNumber(card.number),
          expiresOn: expiresOnDate(card.expiresAt),
          verifyUrl: state === 'active' ? verifyUrl(deps.config.publicUrl, card.token) : null,
          frozenAt: state === 'frozen' ? (card.statusChangedAt?.toISOString() ?? null) : null,
          reportedLost: state === 'frozen' && card.statusReason === REPORTED_LOST,
        }
      : null,
    issuer: { name: branding.organisationName, helpline: branding.helpline },
    benefits: state === 'active' ? benefitsForHolder(await deps.benefits.current(), holder.dateOfBirth, calendarDay(now)) : [],
    asOf: now.toISOString(),
  };
}

/**
 * "I've lost my card": suspends it at once (verify says not valid from the
 * next check, in every process). Staff can resume it if it turns up, or
 * reissue. Only the holder's own active card can be frozen this way.
 */
export async function reportMyCardLost(deps: MyCardDeps, device: SignedInDevice, ip: string | null): Promise<MyCard> {
  const now = deps.clock();
  const card = currentCardOf(await cardsOf(deps, device.holder.id));
  if (!card || cardStatus(card, now) !== 'active') {
    throw new AppError('CARD_STATE_CONFLICT', 'There is no active card to freeze.');
  }
  const context = holderContext(ip);
  await suspendCard(deps, { context, cardId: card.id, reason: REPORTED_LOST });
  await recordAuditEvent(deps, context, {
    action: 'my_card.report_lost',
    entityType: 'card',
    entityId: card.id,
    details: { holderId: device.holder.id, deviceId: device.session.id },
  });
  return getMyCard(deps, device);
}

/** GET /api/my/card/pdf: the young carer's own card to print (audited like a staff download). */
export async function myCardPdf(deps: MyCardDeps, device: SignedInDevice, ip: string | null): Promise<{ fileName: string; pdf: Buffer }> {
  const card = currentCardOf(await cardsOf(deps, device.holder.id));
  if (!card || cardStatus(card, deps.clock()) !== 'active') {
    throw new AppError('CARD_NOT_PRINTABLE', 'Only an active card can be downloaded.');
  }
  return cardPdf(deps, { context: holderContext(ip), cardId: card.id, by: { deviceId: device.session.id } });
}

export async function myPhoto(deps: MyCardDeps, device: SignedInDevice): Promise<Buffer> {
  const photo = await readStoredPhoto(deps.config.dataDir, device.holder.photoFile);
  if (!photo) throw new AppError('NOT_FOUND', 'There is no photo.');
  return photo;
}
