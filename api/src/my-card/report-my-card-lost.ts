import { cardStatus } from '../cards/card-view.ts';
import { suspendCard } from '../cards/suspend-card.ts';
import { REPORTED_LOST } from '../cards/schemas.ts';
import type { AppDeps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { currentOwnCard } from './current-own-card.ts';
import { holderAuditContext } from './holder-audit-context.ts';
import type { SignedInDevice } from './find-device-session.ts';
import { getMyCard } from './get-my-card.ts';
import type { MyCard } from './schemas.ts';

/**
 * "I've lost my card": suspends it at once (verify says not valid from the
 * next check, in every process). Staff can resume it if it turns up, or
 * reissue. Only the holder's own active card can be frozen this way.
 */
export async function reportMyCardLost(
  deps: Pick<AppDeps, 'db' | 'reads' | 'keyring' | 'templates' | 'config' | 'clock' | 'branding' | 'benefits' | 'auditSigner'>,
  options: { device: SignedInDevice; ip: string | null },
): Promise<MyCard> {
  const { device, ip } = options;
  const now = deps.clock();
  const card = await currentOwnCard(deps, { holderId: device.holder.id });
  if (!card || cardStatus(card, now) !== 'active') {
    throw new AppError('CARD_STATE_CONFLICT', 'There is no active card to freeze.');
  }
  const context = holderAuditContext(ip);
  await suspendCard(deps, {
    context,
    cardId: card.id,
    reason: REPORTED_LOST,
    alsoRecord: { action: 'my_card.report_lost', entityType: 'card', entityId: card.id, details: { holderId: device.holder.id, deviceId: device.session.id } },
  });
  return getMyCard(deps, { device });
}
