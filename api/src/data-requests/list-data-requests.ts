import type { AppDeps } from '../deps.ts';
import { toDataRequestView } from './data-request-view.ts';
import type { DataRequestList, DataRequestQuery } from './schemas.ts';

/** Oldest first (the longest waiting on top), at most 200: open ones for "Needs attention", or one young carer's. */
export async function listDataRequests(deps: Pick<AppDeps, 'db'>, options: { query: DataRequestQuery }): Promise<DataRequestList> {
  const { status, holderId } = options.query;
  const rows = await deps.db.dataRequest.findMany({
    where: { ...(status ? { status } : {}), ...(holderId ? { holderId } : {}) },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    take: 200,
  });
  const staffIds = [...new Set(rows.map((r) => r.handledById).filter((v): v is string => v !== null))];
  const emails = new Map((await deps.db.staff.findMany({ where: { id: { in: staffIds } }, select: { id: true, email: true } })).map((s) => [s.id, s.email]));
  return { items: rows.map((row) => toDataRequestView(row, row.handledById ? (emails.get(row.handledById) ?? null) : null)) };
}
