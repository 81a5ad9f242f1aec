import { readDate, readOptionalDate } from '../db/read-connection.ts';
import type { AppDeps } from '../deps.ts';
import type { Card } from '../generated/sqlite/client.ts';
import { currentCardOf } from '../holders/holder-view.ts';

const CARD_COLUMNS = [
  'id', 'number', 'holderId', 'status', 'statusIndex', 'kid', 'token', 'template', 'issuedAt', 'expiresAt', 'statusChangedAt',
  'statusReason', 'replacesCardId', 'idempotencyKey', 'issuedById', 'qrMask',
] as const;

/** A holder's cards, newest first: a prepared statement on the read connection, since a young carer's phone asks on every open. */
const CARDS_OF_HOLDER = `SELECT ${CARD_COLUMNS.map((c) => `"${c}"`).join(', ')} FROM "Card" WHERE "holderId" = ? ORDER BY "issuedAt" DESC, "id" ASC`;

type Raw = Record<(typeof CARD_COLUMNS)[number], unknown>;

function toCard(raw: Raw): Card {
  return {
    id: raw.id as string,
    number: raw.number as string,
    holderId: raw.holderId as string,
    status: raw.status as string,
    statusIndex: Number(raw.statusIndex),
    kid: raw.kid as string,
    token: raw.token as string,
    template: raw.template as string,
    issuedAt: readDate(raw.issuedAt),
    expiresAt: readDate(raw.expiresAt),
    statusChangedAt: readOptionalDate(raw.statusChangedAt),
    statusReason: raw.statusReason as string | null,
    replacesCardId: raw.replacesCardId as string | null,
    idempotencyKey: raw.idempotencyKey as string | null,
    issuedById: raw.issuedById as string | null,
    qrMask: raw.qrMask === null ? null : Number(raw.qrMask),
  };
}

/** The holder's current card (a new one as soon as it is issued), or undefined before the first. Reads what is committed now. */
export async function currentOwnCard(deps: Pick<AppDeps, 'reads'>, options: { holderId: string }): Promise<Card | undefined> {
  const rows = await deps.reads.all<Raw>('cards-of-holder', CARDS_OF_HOLDER, [options.holderId]);
  return currentCardOf(rows.map(toCard));
}
