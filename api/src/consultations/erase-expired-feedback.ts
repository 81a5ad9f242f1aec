import { appendAuditEvent } from '../audit/record-audit-event.ts';
import { inTransaction } from '../db/transaction.ts';
import type { AppDeps } from '../deps.ts';
import { calendarDay } from '../shared/calendar.ts';
import { loadCoProductionSettings } from './co-production-settings.ts';

const DAY_MS = 86_400_000;
const SYSTEM = { actor: null, ip: null };

/**
 * Part of the retention job: suggestions sent, and answers given, longer ago
 * than their retention periods are deleted, with one audit event carrying
 * the counts. Deleting by day is idempotent, so several processes running it
 * do no harm. Returns how many rows went.
 */
export async function eraseExpiredFeedback(deps: Pick<AppDeps, 'db' | 'clock' | 'auditSigner'>): Promise<{ suggestions: number; answers: number }> {
  const settings = await loadCoProductionSettings(deps);
  const now = deps.clock().getTime();
  const suggestionsBefore = calendarDay(new Date(now - settings.keepSuggestionsDays * DAY_MS));
  const answersBefore = calendarDay(new Date(now - settings.keepAnswersDays * DAY_MS));
  return inTransaction(deps.db, async (tx) => {
    const suggestions = (await tx.suggestion.deleteMany({ where: { day: { lt: suggestionsBefore } } })).count;
    const answers = (await tx.consultationAnswer.deleteMany({ where: { day: { lt: answersBefore } } })).count;
    if (suggestions + answers > 0) await appendAuditEvent(tx, deps, SYSTEM, { action: 'co_production.erase', entityType: 'settings', entityId: 'co_production', details: { trigger: 'retention', suggestions, answers } });
    return { suggestions, answers };
  });
}
