import type { AppDeps } from '../deps.ts';
import type { ContactMethod, TakePartView } from './schemas.ts';

/** Staff: who would like to take part, the ones not yet followed up first. */
export async function listTakePart(deps: Pick<AppDeps, 'db'>): Promise<TakePartView[]> {
  const rows = await deps.db.takePartInterest.findMany({
    where: { holder: { erasedAt: null } },
    include: { holder: { select: { id: true, givenName: true, familyName: true, preferredName: true, contactEmail: true, contactPhone: true } } },
    orderBy: { createdAt: 'asc' },
    take: 1000,
  });
  return rows
    .map((row) => ({
      id: row.id,
      holder: row.holder,
      contactBy: row.contactBy.split(',') as ContactMethod[],
      source: row.source as 'online' | 'staff',
      createdAt: row.createdAt.toISOString(),
      followedUpAt: row.followedUpAt?.toISOString() ?? null,
    }))
    .sort((a, b) => Number(a.followedUpAt !== null) - Number(b.followedUpAt !== null));
}
