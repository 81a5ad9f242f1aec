import type { AppDeps } from '../deps.ts';
import type { SuggestionStatus, SuggestionView } from './schemas.ts';
import { toSuggestionView } from './suggestion-view.ts';

/** Staff: suggestions, the ones to moderate first (newest first within a state). */
export async function listSuggestions(deps: Pick<AppDeps, 'db'>, options: { status?: SuggestionStatus | undefined }): Promise<SuggestionView[]> {
  const rows = await deps.db.suggestion.findMany({ where: options.status ? { status: options.status } : {}, orderBy: [{ day: 'desc' }, { id: 'asc' }], take: 500 });
  const order = { new: 0, published: 1, declined: 2 } as Record<string, number>;
  return rows.sort((a, b) => (order[a.status] ?? 3) - (order[b.status] ?? 3)).map(toSuggestionView);
}
