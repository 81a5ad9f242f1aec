/**
 * The fixed words the audit log uses for who did something and what it was
 * done to, when that is not a person's or record's own name ("the system",
 * "an erased record", "card {number} ({name})"). The API sends the English
 * (for CSV exports and scripts) together with the phrase's key and values, so
 * the staff app can say it in the page's language (`audit.names.<key>` in its
 * catalogues; tests/unit/audit-actions.test.ts checks both agree).
 */
export const AUDIT_NAMES = {
  system: 'the system',
  youngCarerPhone: 'the young carer (their phone)',
  someone: 'someone',
  someoneWithCode: 'someone with the code',
  referrer: 'a referrer (online form)',
  formerStaff: 'a former staff member',
  record: 'a record',
  erasedRecord: 'an erased record',
  holderGone: 'a young carer no longer on record',
  card: 'card {number} ({name})',
  cardGone: 'a card no longer on record',
  cardOfErased: 'a card of an erased record',
  partnerGone: 'a partner no longer on record',
  benefit: '“{title}”',
  benefitOf: '“{title}” of {partner}',
  benefitGone: 'a benefit no longer on record',
  referral: 'referral {reference}',
  referralGone: 'a referral no longer on record',
  outboxMessage: 'a message in the outbox',
  csvImport: 'a CSV import',
  signingKey: 'signing key {id}',
  youngCarers: 'the young carers',
  outbox: 'the outbox',
  settings: 'the settings',
  organisation: 'the organisation details',
  consultation: 'a Have your say question',
  suggestion: 'a suggestion from a young carer',
  outcome: 'a “You said, we did” entry',
} as const;

export type AuditNameKey = keyof typeof AUDIT_NAMES;

/** A fixed phrase with its values, as the API sends it beside the English. */
export type AuditPhrase = { key: AuditNameKey; values: Record<string, string> };

/** The English of a phrase, its `{value}` places filled in. */
export function auditNameInEnglish({ key, values }: AuditPhrase): string {
  return AUDIT_NAMES[key].replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
}
