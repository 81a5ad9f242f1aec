import type { Suggestion } from '../generated/sqlite/client.ts';
import type { SuggestionKind, SuggestionStatus, SuggestionView } from './schemas.ts';

export function toSuggestionView(row: Suggestion): SuggestionView {
  return {
    id: row.id,
    kind: row.kind as SuggestionKind,
    text: row.text,
    status: row.status as SuggestionStatus,
    publicText: row.publicText,
    day: row.day,
    decidedAt: row.decidedAt?.toISOString() ?? null,
  };
}
