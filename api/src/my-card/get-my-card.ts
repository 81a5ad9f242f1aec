import { expiresOnDate } from '../cards/card-expiry.ts';
import { formatCardNumber } from '../cards/card-number.ts';
import { cardStatus, verifyUrl } from '../cards/card-view.ts';
import { REPORTED_LOST } from '../cards/schemas.ts';
import type { AppDeps } from '../deps.ts';
import type { Card } from '../generated/sqlite/client.ts';
import { benefitsForHolder } from '../partners/benefit-rules.ts';
import { calendarDay } from '../shared/calendar.ts';
import { currentOwnCard } from './current-own-card.ts';
import type { SignedInDevice } from './find-device-session.ts';
import type { MyCard, MyCardState } from './schemas.ts';

function stateOf(card: Card | undefined, now: Date): MyCardState {
  if (!card) return 'none';
  const status = cardStatus(card, now);
  return status === 'suspended' ? 'frozen' : status;
}

/** GET /api/my/card: the holder's current card (a new one shows as soon as it is issued). */
export async function getMyCard(
  deps: Pick<AppDeps, 'reads' | 'config' | 'clock' | 'branding' | 'benefits'>,
  options: { device: SignedInDevice },
): Promise<MyCard> {
  const { holder } = options.device;
  const now = deps.clock();
  const card = await currentOwnCard(deps, { holderId: holder.id });
  const state = stateOf(card, now);
  const { view: branding } = await deps.branding.current();
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
