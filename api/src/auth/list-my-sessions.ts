import type { AppDeps } from '../deps.ts';

/** The signed-in person's open sessions, newest first, marking the one asking. */
export async function listMySessions(deps: Pick<AppDeps, 'db' | 'clock'>, options: { staffId: string; currentSessionId: string }) {
  const at = deps.clock();
  const rows = await deps.db.staffSession.findMany({
    where: { staffId: options.staffId, endedAt: null, expiresAt: { gt: at } },
    orderBy: { createdAt: 'desc' },
    take: 100,
  });
  return {
    items: rows.map((row) => ({
      id: row.id,
      userAgent: row.userAgent,
      createdAt: row.createdAt.toISOString(),
      lastUsedAt: (row.lastUsedAt ?? row.createdAt).toISOString(),
      current: row.id === options.currentSessionId,
    })),
  };
}
