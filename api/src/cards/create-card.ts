import { randomBytes, randomInt } from 'node:crypto';
import { type AuditContext } from '../audit/record-audit-event.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { AppError } from '../errors.ts';
import { qrMatrix } from '../card-pdf/qr-vector.ts';
import { printedNameProblem } from '../holders/printable-name.ts';
import { activeSigningKey } from '../keys/active-signing-key.ts';
import { STATUS_LIST_SIZE } from '../verify/status-list.ts';
import type { Card, Holder } from '../generated/sqlite/client.ts';
import { cardExpiry } from './card-expiry.ts';
import { generateCardNumber } from './card-number.ts';
import { signCardTokenForUrl } from './card-token.ts';
import { verifyUrl } from './card-view.ts';
import type { CardDeps } from './deps.ts';

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
