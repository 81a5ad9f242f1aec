// The audit log page on 100,000 events, and the dashboard report, for npm run bench (see run.ts).
import { randomBytes, randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { listAuditEvents } from '../api/src/audit/list-audit-events.ts';
import { getDashboardReport } from '../api/src/reports/get-dashboard-report.ts';
import type { AuditQuery } from '../api/src/audit/schemas.ts';

export type AuditFigures = { events: number; pages: { filter: string; medianMs: number; p95Ms: number; items: number }[]; dashboardMs: number };

const ACTIONS = ['holder.read', 'holder.read', 'holder.read', 'card.pdf', 'card.issue', 'holder.update', 'auth.login', 'holder.search', 'partner.update', 'outbox.list'];
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
const round = (n: number) => Math.round(n * 100) / 100;

/**
 * Writes `events` events straight into the table (their hashes do not chain:
 * the bench database is thrown away), spread over 500 young carers, 20 staff
 * and two years, then times one page (50) of the log for each filter the page offers.
 */
export async function benchAuditLog(app: FastifyInstance, options: { events: number; runs?: number }): Promise<AuditFigures> {
  const runs = options.runs ?? 30;
  const holders = (await app.db.holder.findMany({ select: { id: true }, take: 500 })).map((h) => h.id);
  const staff = (await app.db.staff.findMany({ select: { id: true, email: true } }));
  const start = Date.now() - 2 * 365 * 86_400_000;
  const base = (await app.db.auditEvent.count()) + 1;
  const subject = holders[0] ?? randomUUID();
  for (let i = 0; i < options.events; i += 1000) {
    const rows = Array.from({ length: Math.min(1000, options.events - i) }, (_, j) => {
      const n = i + j;
      const action = ACTIONS[n % ACTIONS.length]!;
      const actor = staff[n % staff.length];
      return {
        at: new Date(start + Math.floor((n / options.events) * 2 * 365 * 86_400_000)),
        actorId: actor?.id ?? null,
        actorEmail: actor?.email ?? null,
        action,
        entityType: action.startsWith('holder') && action !== 'holder.search' ? 'holder' : action.startsWith('card') ? 'card' : null,
        entityId: action.startsWith('holder') && action !== 'holder.search' ? (holders[n % holders.length] ?? subject) : action.startsWith('card') ? randomUUID() : null,
        ip: '127.0.0.1',
        details: '{}',
        prevHash: randomBytes(32).toString('hex'),
        hash: randomBytes(32).toString('hex'),
        position: base + n + 1_000_000,
      };
    });
    await app.db.auditEvent.createMany({ data: rows });
  }
  const filters: [string, AuditQuery][] = [
    ['none (newest 50)', {}],
    ['group: cards', { group: 'cards' }],
    ['action: holder.read', { action: 'holder.read' }],
    ['record: one young carer', { entityType: 'holder', entityId: subject }],
    ['who viewed one young carer', { entityType: 'holder', entityId: subject, action: 'holder.read' }],
    ['person', { actorId: staff[0]?.id ?? 'none' }],
    ['one month', { from: new Date(start + 200 * 86_400_000).toISOString(), to: new Date(start + 230 * 86_400_000).toISOString() }],
    ['group: partners (rare)', { group: 'partners' }],
  ];
  const pages: AuditFigures['pages'] = [];
  for (const [filter, query] of filters) {
    const times: number[] = [];
    let items = 0;
    for (let r = 0; r < runs; r++) {
      const started = performance.now();
      items = (await listAuditEvents(app.deps, { query, role: 'admin' })).items.length;
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    pages.push({ filter, medianMs: round(percentile(times, 0.5)), p95Ms: round(percentile(times, 0.95)), items });
  }
  const started = performance.now();
  await getDashboardReport(app.deps, {});
  return { events: options.events, pages, dashboardMs: round(performance.now() - started) };
}
