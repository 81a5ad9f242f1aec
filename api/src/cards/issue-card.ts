import { randomBytes, randomInt } from 'node:crypto';
import { recordAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { AppError } from '../errors.ts';
import { qrMatrix } from '../card-pdf/qr-vector.ts';
import { printedNameProblem } from '../holders/printable-name.ts';
import { activeSigningKey } from '../keys/active-signing-key.ts';
import { STATUS_LIST_SIZE } from '../verify/status-list.ts';
import { DEFAULT_CARD_TEMPLATE } from '../templates/load-templates.ts';
import type { Card, Holder } from '../generated/sqlite/client.ts';
import { cardExpiry } from './card-expiry.ts';
import { generateCardNumber } from './card-number.ts';
import { signCardTokenForUrl } from './card-token.ts';
import { toCardView, verifyUrl } from './card-view.ts';
import type { CardDeps } from './deps.ts';
import type { CardView } from './schemas.ts';

const MAX_ATTEMPTS = 8;

/** Short random ids keep the token (and so the QR code) small: 10 base32 symbols, 50 bits (uniqueness is the database's job). */
function newCardId(): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyz23456789';
  return [...randomBytes(10)].map((b) => alphabet[b % 32]).join('');
}

export function assertKnownTemplate(deps: Pick<CardDeps, 'templates'>, template: string): void {
  if (!deps.templates.cards.has(template)) {
    throw new AppError('UNKNOWN_TEMPLATE', `No card template called "${template}".`, { field: 'template' });
  }
}

export type NewCardPlan = {
  holder: Holder;
  /** Keep this expiry (a replacement card) instead of computing a new one. */
  expiresAt?: Date;
  template: string;
  replacesCardId?: string;
  idempotencyKey?: string;
};

/**
 * Builds and stores a signed card. `before` runs in the same transaction,
 * ahead of the insert (it retires the card being replaced). Card number and
 * status index are random; a collision is retried with fresh ones.
 */
export async function createCard(
  deps: CardDeps,
  context: AuditContext,
  plan: NewCardPlan,
  before: (db: CardDeps['db']) => ReturnType<CardDeps['db']['card']['updateMany']>[] = () => [],
): Promise<Card> {
  const { db, config } = deps;
  const issuedAt = deps.clock();
  let expiresAt = plan.expiresAt;
  if (!expiresAt) {
    const expiry = cardExpiry(issuedAt, plan.holder.dateOfBirth, config.cards);
    if ('tooOld' in expiry) {
      throw new AppError('HOLDER_TOO_OLD', `Cards are for young carers under ${config.cards.maxAge}; this person is too old for a new card.`);
    }
    expiresAt = expiry.expiresAt;
  }
  assertKnownTemplate(deps, plan.template);
  const nameProblem = printedNameProblem(plan.holder);
  if (nameProblem) throw new AppError('NAME_NOT_PRINTABLE', nameProblem, { field: 'preferredName' });
  const key = await activeSigningKey(deps);
  for (let attempt = 1; ; attempt++) {
    const id = newCardId();
    const statusIndex = randomInt(STATUS_LIST_SIZE);
    const token = await signCardTokenForUrl(key, config.cards.issuer, {
      cardId: id,
      name: plan.holder.preferredName ?? plan.holder.givenName,
      statusIndex,
      issuedAt,
      expiresAt,
    }, verifyUrl(config.publicUrl, ''));
    const qrMask = qrMatrix(verifyUrl(config.publicUrl, token)).mask;
    try {
      const results = await db.$transaction([
        ...before(db),
        db.card.create({
          data: {
            id,
            number: generateCardNumber(),
            holderId: plan.holder.id,
            status: 'active',
            statusIndex,
            kid: key.kid,
            token,
            qrMask,
            template: plan.template,
            issuedAt,
            expiresAt,
            replacesCardId: plan.replacesCardId ?? null,
            idempotencyKey: plan.idempotencyKey ? `${plan.holder.id}:${plan.idempotencyKey}` : null,
            issuedById: context.actor?.id ?? null,
          },
        }),
      ]);
      const card = results[results.length - 1] as Card;
      return card;
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= MAX_ATTEMPTS) throw error;
      const target = String((error as { meta?: { target?: unknown } }).meta?.target ?? '');
      // A current card or a replayed request is not a collision: report it, do not retry.
      if (/holderId|idempotencyKey|manual_Card/.test(target)) throw error;
    }
  }
}

/** POST /api/holders/:id/cards. A repeated Idempotency-Key returns the card the first request made. */
export async function issueCard(
  deps: CardDeps,
  context: AuditContext,
  holderId: string,
  input: { template?: string; idempotencyKey?: string },
): Promise<{ card: CardView; replayed: boolean }> {
  const { db, config } = deps;
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
  const current = await db.card.findFirst({ where: { holderId, status: { in: ['active', 'suspended'] } } });
  if (current && current.expiresAt > at) return replayOrConflict();
  let card: Card;
  try {
    card = await createCard(
      deps,
      context,
      { holder, template: input.template ?? DEFAULT_CARD_TEMPLATE, idempotencyKey: input.idempotencyKey, replacesCardId: current?.id },
      // An expired card still marked active gives way to the new one.
      (tx) => (current ? [tx.card.updateMany({ where: { id: current.id }, data: { status: 'revoked', statusReason: 'superseded', statusChangedAt: at } })] : []),
    );
  } catch (error) {
    // A concurrent request issued one first: the same key replays it, another key conflicts.
    if (isUniqueViolation(error)) return replayOrConflict();
    throw error;
  }
  await recordAuditEvent(deps, context, {
    action: 'card.issue', entityType: 'card', entityId: card.id, details: { holderId, template: card.template },
  });
  return { card: toCardView(card, config.publicUrl, at), replayed: false };
}
