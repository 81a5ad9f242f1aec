import { randomUUID } from 'node:crypto';
import type { AppDeps } from '../deps.ts';
import { calendarDay } from '../shared/calendar.ts';
import { checkedFreeText } from './suggestion-text.ts';
import { SUGGESTION_TEXT_MAX, type SuggestionBody } from './schemas.ts';

/**
 * A young carer suggests a partner or a benefit in their own words. Stored
 * with the day only and no link to who wrote it (so there is nothing to
 * audit against them); private until staff publish it.
 */
export async function submitSuggestion(deps: Pick<AppDeps, 'db' | 'clock'>, options: { input: SuggestionBody }): Promise<{ received: true }> {
  const text = checkedFreeText(options.input.text, { field: 'text', max: SUGGESTION_TEXT_MAX, label: 'suggestion' });
  await deps.db.suggestion.create({ data: { id: randomUUID(), kind: options.input.kind, text, status: 'new', day: calendarDay(deps.clock()) } });
  return { received: true };
}
