import type { AppDeps } from '../deps.ts';
import type { PublicOutcome, YouSaidWeDid } from './schemas.ts';

/** Published outcomes only, newest first. */
export async function publishedOutcomes(deps: Pick<AppDeps, 'db'>): Promise<PublicOutcome[]> {
  const rows = await deps.db.outcome.findMany({ where: { published: true }, orderBy: [{ day: 'desc' }, { createdAt: 'desc' }], take: 200 });
  return rows.map((row) => ({ id: row.id, youSaid: row.youSaid, weDid: row.weDid, day: row.day }));
}

/**
 * The public page: published outcomes, and published suggestions in the
 * words staff approved (never the text as sent, never a new or declined one).
 */
export async function listYouSaidWeDid(deps: Pick<AppDeps, 'db'>): Promise<YouSaidWeDid> {
  const suggestions = await deps.db.suggestion.findMany({ where: { status: 'published', publicText: { not: null } }, orderBy: { day: 'desc' }, take: 200 });
  return {
    outcomes: await publishedOutcomes(deps),
    suggestions: suggestions.map((row) => ({ id: row.id, kind: row.kind as 'benefit' | 'partner', text: row.publicText ?? '', day: row.day })),
  };
}
