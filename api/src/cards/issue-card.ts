import type { AuditContext } from '../audit/record-audit-event.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { AppError } from '../errors.ts';
import type { Card } from '../generated/sqlite/client.ts';
import { DEFAULT_CARD_TEMPLATE } from '../templates/load-templates.ts';
import { toCardView } from './card-view.ts';
import { assertKnownTemplate, createCard } from './create-card.ts';
import type { CardDeps } from './deps.ts';
import { CURRENT_CARD_STATUSES, type CardView } from './schemas.ts';

/** POST /api/holders/:id/cards. A repeated Idempotency-Key returns the card the first request made. */
export async function issueCard(
  deps: CardDeps,
  options: { context: AuditContext; holderId: string; template?: string | undefined; idempotencyKey?: string | undefined },
): Promise<{ card: CardView; replayed: boolean }> {
  const { db, config } = deps;
  const { context, holderId, ...input } = options;
  const at = deps.clock();
  const replay = async () => {
    const earlier = input.idempotencyKey
      ? await db.card.findUnique({ where: { idempotencyKey: `${holderId}:${input.idempotencyKey}` } })
      : null;
    if (!earlier) return undefined;
    if (input.template !== undefined && input.template !== earlier.template) {
      throw new AppError('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used for a different request. Use a new key for a new request.');
    }
    return { card: toCardView(earlier, config.publicUrl, at), replayed: true };
  };
  /** A current card blocks a new one, unless it is the one this same request (key) already made. */
  const replayOrConflict = async () => {
    const replayed = await replay();
    if (replayed) return replayed;
    throw new AppError('HOLDER_HAS_CURRENT_CARD', 'This young carer already has a current card. Renew, reissue or revoke it instead.');
  };
  const replayed = await replay();
  if (replayed) return replayed;
  assertKnownTemplate(deps, input.template ?? DEFAULT_CARD_TEMPLATE);
  const holder = await db.holder.findUnique({ where: { id: holderId } });
  if (!holder) throw new AppError('NOT_FOUND', 'No young carer with this id.');
  if (holder.erasedAt) throw new AppError('HOLDER_ERASED', "This young carer's record was erased; no card can be issued.");
  const current = await db.card.findFirst({ where: { holderId, status: { in: CURRENT_CARD_STATUSES } } });
  if (current && current.expiresAt > at) return replayOrConflict();
  let card: Card;
  try {
    card = await createCard(deps, context, {
      holder,
      template: input.template ?? DEFAULT_CARD_TEMPLATE,
      idempotencyKey: input.idempotencyKey,
      // An expired card still marked active gives way to the new one, if nobody renewed or replaced it meanwhile.
      ...(current ? { replaces: { cardId: current.id, reason: 'superseded', mustBeUnexpired: false } } : {}),
      event: { action: 'card.issue', details: { holderId, template: input.template ?? DEFAULT_CARD_TEMPLATE } },
    });
  } catch (error) {
    // A concurrent request issued one first (or renewed the expired card): the same key replays it, another key conflicts.
    if (isUniqueViolation(error) || (error instanceof AppError && ['HOLDER_HAS_CURRENT_CARD', 'CARD_STATE_CONFLICT'].includes(error.code))) {
      return replayOrConflict();
    }
    throw error;
  }
  return { card: toCardView(card, config.publicUrl, at), replayed: false };
}
