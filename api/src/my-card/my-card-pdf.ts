import { cardPdf } from '../cards/card-pdf.ts';
import { cardStatus } from '../cards/card-view.ts';
import type { AppDeps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { currentOwnCard } from './current-own-card.ts';
import { holderAuditContext } from './holder-audit-context.ts';
import type { SignedInDevice } from './find-device-session.ts';

/** GET /api/my/card/pdf: the young carer's own card to print (audited like a staff download). Only an active card. */
export async function myCardPdf(
  deps: Pick<AppDeps, 'db' | 'reads' | 'keyring' | 'templates' | 'config' | 'clock' | 'branding' | 'auditSigner'>,
  options: { device: SignedInDevice; ip: string | null },
): Promise<{ fileName: string; pdf: Buffer }> {
  const { device, ip } = options;
  const card = await currentOwnCard(deps, { holderId: device.holder.id });
  if (!card || cardStatus(card, deps.clock()) !== 'active') {
    throw new AppError('CARD_NOT_PRINTABLE', 'Only an active card can be downloaded.');
  }
  return cardPdf(deps, { context: holderAuditContext(ip), cardId: card.id, by: { deviceId: device.session.id } });
}
