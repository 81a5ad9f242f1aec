import type { Tx } from '../db/transaction.ts';
import type { AppDeps } from '../deps.ts';
import type { Referral } from '../generated/sqlite/client.ts';
import { referralOutcomeText } from '../outbox/message-texts.ts';
import { outboxRow } from '../outbox/outbox-row.ts';
import { DEFAULT_LANGUAGE, isMessageLanguage, type MessageLanguage } from '../shared/languages.ts';
import { formatReferralReference } from './referral-reference.ts';

/** Where the outcome goes: whoever referred; a young carer who referred themselves, at their own address. */
export function referrerAddress(referral: Referral): string | null {
  return referral.referrerEmail ?? (referral.referrerRole === 'young_carer' ? referral.contactEmail : null);
}

/** The language the referral was made in, when the record has one (read loosely: older records and schemas have none); else English. */
export function referralLanguage(referral: Referral): MessageLanguage {
  const language = (referral as { language?: unknown }).language;
  return isMessageLanguage(language) ? language : DEFAULT_LANGUAGE;
}

/**
 * Queues the outcome email, in the referral's language, inside the
 * decision's transaction (it names only the reference; see
 * referralOutcomeText). Returns the message id, or null when there is no
 * address to send it to.
 */
export async function queueReferralOutcome(
  tx: Tx,
  deps: Pick<AppDeps, 'config' | 'clock'>,
  options: { referral: Referral; outcome: 'accepted' | 'declined' | 'withdrawn'; sender: { organisationName: string; helpline: string } },
): Promise<string | null> {
  const { referral, outcome, sender } = options;
  const to = referrerAddress(referral);
  if (!to) return null;
  const row = outboxRow(deps, { kind: 'referral_outcome', channel: 'email', to, text: referralOutcomeText({ ...sender, language: referralLanguage(referral), reference: formatReferralReference(referral.reference), outcome }) });
  await tx.outboxMessage.create({ data: row });
  return row.id;
}
