import { appendAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import { inTransaction } from '../db/transaction.ts';
import type { AppDeps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { checkedFreeText } from './suggestion-text.ts';
import { SUGGESTION_TEXT_MAX, type ModerateSuggestionBody, type SuggestionView } from './schemas.ts';
import { toSuggestionView } from './suggestion-view.ts';

/**
 * Staff publish a suggestion (in wording they approve, which may differ from
 * what the young carer wrote) or decline it. Only the public wording is ever
 * shown outside the staff app. A published one can be declined later (taken
 * down), a declined one published; the audit event records the decision.
 */
export async function moderateSuggestion(
  deps: Pick<AppDeps, 'db' | 'clock' | 'auditSigner'>,
  options: { context: AuditContext & { actor: { id: string; email: string } }; suggestionId: string; input: ModerateSuggestionBody },
): Promise<SuggestionView> {
  const { context, suggestionId: id, input } = options;
  const publicText = input.decision === 'published' ? checkedFreeText(input.publicText ?? '', { field: 'publicText', max: SUGGESTION_TEXT_MAX, label: 'public wording' }) : null;
  const row = await inTransaction(deps.db, async (tx) => {
    const changed = await tx.suggestion.updateMany({ where: { id }, data: { status: input.decision, publicText, decidedAt: deps.clock(), decidedById: context.actor.id } });
    if (changed.count !== 1) throw new AppError('NOT_FOUND', 'No such suggestion.');
    await appendAuditEvent(tx, deps, context, { action: input.decision === 'published' ? 'suggestion.publish' : 'suggestion.decline', entityType: 'suggestion', entityId: id });
    return tx.suggestion.findUniqueOrThrow({ where: { id } });
  });
  return toSuggestionView(row);
}
