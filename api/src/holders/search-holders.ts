import { recordAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import { parseCardNumber } from '../cards/card-number.ts';
import type { Prisma } from '../generated/sqlite/client.ts';
import type { HolderDeps } from './deps.ts';
import { searchWords } from './holder-names.ts';
import { toHolderSummary } from './holder-view.ts';
import type { HolderList, HolderSearchQuery } from './schemas.ts';

/**
 * GET /api/holders. `q` finds the holder of a card when it is a valid card
 * number, and otherwise (or as well: a reference can look like a card number)
 * holders whose names or reference contain every word of it, ignoring case.
 * searchText is stored lower-cased and the words are lower-cased here, so
 * this holds on PostgreSQL (case-sensitive LIKE) and for non-ASCII letters on
 * SQLite too. One audit event per search, without the query text: it may be a
 * child's name.
 */
export async function searchHolders(deps: HolderDeps, options: { context: AuditContext; query: HolderSearchQuery }): Promise<HolderList> {
  const { context, query } = options;
  const { db } = deps;
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 25;
  // Erased records are tombstones: never found.
  const where: Prisma.HolderWhereInput = { erasedAt: null };
  const filters: string[] = [];
  const and: Prisma.HolderWhereInput[] = [];

  if (query.q !== undefined) {
    const words = searchWords(query.q);
    const cardNumber = parseCardNumber(query.q.trim());
    const anyOf: Prisma.HolderWhereInput[] = [];
    if (cardNumber) anyOf.push({ cards: { some: { number: cardNumber } } });
    if (words.length > 0) anyOf.push({ AND: words.map((word) => ({ searchText: { contains: word } })) });
    if (anyOf.length > 0) {
      and.push({ OR: anyOf });
      filters.push(cardNumber ? 'cardNumber' : 'text');
    }
  }
  if (query.dateOfBirth !== undefined) {
    where.dateOfBirth = query.dateOfBirth;
    filters.push('dateOfBirth');
  }
  if (and.length > 0) where.AND = and;

  const [total, rows] = await db.$transaction([
    db.holder.count({ where }),
    db.holder.findMany({
      where,
      orderBy: [{ familyName: 'asc' }, { givenName: 'asc' }, { id: 'asc' }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      include: { cards: { orderBy: [{ issuedAt: 'desc' }, { id: 'asc' }] } },
    }),
  ]);
  await recordAuditEvent(deps, context, { action: 'holder.search', details: { filters, page, results: rows.length, total } });
  const at = deps.clock();
  return { items: rows.map((row) => toHolderSummary(row, at)), total, page, pageSize };
}
