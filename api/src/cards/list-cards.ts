import type { Prisma } from '../generated/sqlite/client.ts';
import { toCardView } from './card-view.ts';
import type { CardDeps } from './deps.ts';
import { CURRENT_CARD_STATUSES, type CardList, type CardListQuery } from './schemas.ts';

/** Staff lists: by status (expired is computed), by why a card was stopped, and cards expiring within N days. */
export async function listCards(deps: CardDeps, query: CardListQuery): Promise<CardList> {
  const at = deps.clock();
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 50;
  const and: Prisma.CardWhereInput[] = [];
  switch (query.status) {
    case 'active':
    case 'suspended':
      and.push({ status: query.status, expiresAt: { gt: at } });
      break;
    case 'revoked':
      and.push({ status: 'revoked' });
      break;
    case 'expired':
      and.push({ status: { in: CURRENT_CARD_STATUSES }, expiresAt: { lte: at } });
      break;
  }
  if (query.expiringWithinDays !== undefined) {
    and.push({
      status: { in: CURRENT_CARD_STATUSES },
      expiresAt: { gt: at, lte: new Date(at.getTime() + query.expiringWithinDays * 86_400_000) },
    });
  }
  if (query.reason !== undefined) and.push({ statusReason: query.reason });
  const where: Prisma.CardWhereInput = { AND: and };
  const [total, rows] = await Promise.all([
    deps.db.card.count({ where }),
    deps.db.card.findMany({
      where,
      include: { holder: { select: { id: true, givenName: true, familyName: true, preferredName: true } } },
      orderBy: query.expiringWithinDays !== undefined ? { expiresAt: 'asc' } : { issuedAt: 'desc' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
  ]);
  return {
    items: rows.map(({ holder, ...card }) => {
      const { token: _token, verifyUrl: _url, ...view } = toCardView(card, deps.config.publicUrl, at);
      return { card: view, holder };
    }),
    total,
    page,
    pageSize,
  };
}
