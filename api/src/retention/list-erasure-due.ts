import { recordAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import type { AppDeps } from '../deps.ts';
import { calendarDay } from '../shared/calendar.ts';
import { erasureDue, RETENTION_SELECT } from './retention-due.ts';
import { loadRetentionSettings } from './retention-settings-store.ts';
import type { ErasureDueList } from './schemas.ts';

const MAX_ITEMS = 500;
const DAY_MS = 86_400_000;

/**
 * GET /api/retention/due: the records the erasure job will erase within N
 * days (and any already due, which the next run erases), soonest first.
 * Audited: it lists children by name.
 */
export async function listErasureDue(deps: Pick<AppDeps, 'db' | 'clock' | 'auditSigner'>, options: { context: AuditContext; withinDays: number }): Promise<ErasureDueList> {
  const { context, withinDays } = options;
  const now = deps.clock();
  const until = now.getTime() + withinDays * DAY_MS;
  const { months } = await loadRetentionSettings(deps);
  const holders = await deps.db.holder.findMany({
    where: { erasedAt: null },
    select: { ...RETENTION_SELECT, givenName: true, familyName: true, preferredName: true },
  });
  const items = holders
    .map((holder) => ({ holder, due: erasureDue(holder, months, now) }))
    .filter((item): item is { holder: (typeof holders)[number]; due: NonNullable<typeof item.due> } => item.due !== null && item.due.dueAt.getTime() <= until)
    .sort((a, b) => a.due.dueAt.getTime() - b.due.dueAt.getTime() || a.holder.id.localeCompare(b.holder.id))
    .slice(0, MAX_ITEMS);
  await recordAuditEvent(deps, context, { action: 'retention.list', entityType: 'holder', details: { withinDays, count: items.length } });
  return {
    months,
    withinDays,
    items: items.map(({ holder, due }) => ({
      holder: { id: holder.id, givenName: holder.givenName, familyName: holder.familyName, preferredName: holder.preferredName },
      dueOn: calendarDay(due.dueAt),
      basis: due.basis,
    })),
  };
}
