import { randomBytes } from 'node:crypto';
import { appendAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import { isUniqueViolation, uniqueViolationTarget } from '../db/errors.ts';
import { inTransaction } from '../db/transaction.ts';
import { AppError } from '../errors.ts';
import { qrMatrix } from '../card-pdf/qr-vector.ts';
import { printedNameProblem } from '../holders/printable-name.ts';
import { activeSigningKey } from '../keys/active-signing-key.ts';
import type { Card, Holder } from '../generated/sqlite/client.ts';
import { cardExpiry } from './card-expiry.ts';
import { generateCardNumber } from './card-number.ts';
import { signCardTokenForUrl } from './card-token.ts';
import { verifyUrl } from './card-view.ts';
import type { CardDeps } from './deps.ts';
import { CURRENT_CARD_STATUSES } from './schemas.ts';
import { freeStatusIndex } from './status-index.ts';

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
  /**
   * The card this one takes over from. It is retired (revoked, with this
   * reason) in the transaction that stores the new card, and only if it is
   * still current then (and, with `mustBeUnexpired`, not yet expired): when
   * someone else revoked, suspended-and-revoked or replaced it first, no new
   * card is made and the caller gets CARD_STATE_CONFLICT.
   */
  replaces?: { cardId: string; reason: string; mustBeUnexpired: boolean };
  idempotencyKey?: string;
  /** The audit event that records this card; it commits with the card (its entity is the new card). */
  event: { action: string; details: Record<string, unknown> };
};

/** Why a card was not stored, decided inside the transaction. */
type Refusal = 'replaced-card-not-current' | 'holder-has-current-card' | 'holder-erased';

/**
 * Builds and stores a signed card, retiring the card it replaces and
 * appending the audit event in the same transaction. Card number and status index are random (the index
 * one that was free a moment before: freeStatusIndex()); a collision, with another request that took the
 * same index meanwhile, say, is retried with fresh ones.
 *
 * Why an interactive transaction, with the retiring UPDATE first and its
 * count checked: the old card's row is where every action on that card
 * meets. A batch transaction cannot stop when that UPDATE matched nothing,
 * and an `INSERT ... SELECT ... WHERE EXISTS (old card still current)` cannot
 * come after the UPDATE (which makes the old card not current, whoever ran
 * it) nor before it (the one-current-card-per-holder index refuses a second
 * current card); no column tells our retirement from a revoke that got there
 * first (same reasons, same clock).
 *
 * - PostgreSQL (read committed): the conditional UPDATE locks the old card's
 *   row, so a concurrent revoke, suspend, renew or reissue of that card waits
 *   for this transaction and then re-checks its own condition against what
 *   was committed: exactly one of them matches the row. The losers stop
 *   before the INSERT, so they neither wait on nor trip the one-current-card
 *   index. Each transaction locks one row and then inserts: no lock cycle.
 * - SQLite: the adapter runs one transaction at a time on its one
 *   connection, so inside this process there is no lock to wait on and no
 *   deadlock; SQLite serialises writers anyway. When replacing, the first
 *   statement is a write, so another process (the CLI, say) is waited for
 *   up to the busy timeout, as for any write. A first card reads first (the
 *   current-card check), so only a write committed by another process in
 *   between could make it fail with BUSY.
 *
 * A lost race returns from the transaction instead of throwing: it commits
 * having written nothing, and the caller turns the refusal into a 409.
 */
export async function createCard(deps: CardDeps, context: AuditContext, plan: NewCardPlan): Promise<Card> {
  const { db, config } = deps;
  const issuedAt = deps.clock();
  let expiresAt = plan.expiresAt;
  if (!expiresAt) {
    const expiry = cardExpiry(issuedAt, plan.holder.dateOfBirth, config.cards);
    if ('tooOld' in expiry) {
      throw new AppError('HOLDER_TOO_OLD', `Cards are for young carers under ${config.cards.maxAge}, and end in the month before that birthday: this young carer is too old for a new card.`);
    }
    expiresAt = expiry.expiresAt;
  }
  assertKnownTemplate(deps, plan.template);
  const nameProblem = printedNameProblem(plan.holder);
  if (nameProblem) throw new AppError('NAME_NOT_PRINTABLE', nameProblem, { field: 'preferredName' });
  const key = await activeSigningKey(deps);
  const { replaces } = plan;
  for (let attempt = 1; ; attempt++) {
    const id = newCardId();
    const statusIndex = await freeStatusIndex(db);
    const token = await signCardTokenForUrl(key, config.cards.issuer, {
      cardId: id,
      name: plan.holder.preferredName ?? plan.holder.givenName,
      statusIndex,
      issuedAt,
      expiresAt,
    }, verifyUrl(config.publicUrl, ''));
    const qrMask = qrMatrix(verifyUrl(config.publicUrl, token)).mask;
    let stored: Card | Refusal;
    try {
      stored = await inTransaction(db, async (tx): Promise<Card | Refusal> => {
        // Locks the holder row (PostgreSQL) until commit, so an erasure and a new card take turns: never a card for an erased record.
        // A no-op UPDATE in SQL: Prisma's own would also move updatedAt, which says when staff last changed the record.
        const live = await tx.$executeRaw`UPDATE "Holder" SET "erasedAt" = NULL WHERE "id" = ${plan.holder.id} AND "erasedAt" IS NULL`;
        if (live !== 1) return 'holder-erased';
        if (replaces) {
          const retired = await tx.card.updateMany({
            where: {
              id: replaces.cardId,
              status: { in: CURRENT_CARD_STATUSES },
              ...(replaces.mustBeUnexpired ? { expiresAt: { gt: issuedAt } } : {}),
            },
            data: { status: 'revoked', statusReason: replaces.reason, statusChangedAt: issuedAt },
          });
          if (retired.count !== 1) return 'replaced-card-not-current';
        } else {
          // Authoritative on SQLite (transactions run one at a time); on PostgreSQL the index below has the last word.
          const current = await tx.card.findFirst({ where: { holderId: plan.holder.id, status: { in: CURRENT_CARD_STATUSES } }, select: { id: true } });
          if (current) return 'holder-has-current-card';
        }
        const card = await tx.card.create({
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
            replacesCardId: replaces?.cardId ?? null,
            idempotencyKey: plan.idempotencyKey ? `${plan.holder.id}:${plan.idempotencyKey}` : null,
            issuedById: context.actor?.id ?? null,
          },
        });
        await appendAuditEvent(tx, deps, context, { action: plan.event.action, entityType: 'card', entityId: card.id, details: plan.event.details });
        return card;
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const target = uniqueViolationTarget(error);
      // Another current card for the holder (a concurrent request won) or a replayed request is not a collision: report it, do not retry.
      if (/holderId|manual_Card_one_current/.test(target)) stored = replaces ? 'replaced-card-not-current' : 'holder-has-current-card';
      else if (/idempotencyKey/.test(target) || attempt >= MAX_ATTEMPTS) throw error;
      else continue;
    }
    if (stored === 'replaced-card-not-current') {
      throw new AppError('CARD_STATE_CONFLICT', 'This card was changed by someone else (revoked, suspended or replaced) while the new card was being made; no new card was issued.');
    }
    if (stored === 'holder-erased') throw new AppError('HOLDER_ERASED', "This young carer's record was erased; no card can be issued.");
    if (stored === 'holder-has-current-card') {
      throw new AppError('HOLDER_HAS_CURRENT_CARD', 'This young carer already has a current card. Renew, reissue or revoke it instead.');
    }
    return stored;
  }
}
