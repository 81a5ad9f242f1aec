import type { AppDeps } from '../deps.ts';
import { toOutcomeView } from './outcome-view.ts';
import type { OutcomeView } from './schemas.ts';

/** Staff: every entry, published or not, newest first. */
export async function listOutcomes(deps: Pick<AppDeps, 'db'>): Promise<OutcomeView[]> {
  const rows = await deps.db.outcome.findMany({ orderBy: [{ day: 'desc' }, { createdAt: 'desc' }], take: 500 });
  return rows.map(toOutcomeView);
}
