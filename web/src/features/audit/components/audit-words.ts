import type { DescribedAuditEvent } from '../../../../../api/src/audit/schemas.ts';
import { AUDIT_ACTIONS, type AuditGroup } from '../../../../../api/src/shared/audit-actions.ts';
import { translate as t } from '../../../i18n/start-i18n.ts';
import { formatDayTime } from '../../../i18n/dates.ts';

/**
 * The audit log in the page's language. The API describes every action in
 * English (api/src/shared/audit-actions.ts, for CSV exports and scripts); the
 * staff app says it from its catalogues: `audit.groups.<group>`,
 * `audit.actions.<code>.label` and `.sentence`, and `audit.names.<key>` for
 * the fixed phrases (api/src/shared/audit-names.ts). An action an older
 * version recorded and nobody describes any more is shown by its code.
 */
export const groupName = (group: AuditGroup): string => t(`audit.groups.${group}`);

const known = (code: string) => Object.hasOwn(AUDIT_ACTIONS, code);

export const actionLabel = (code: string): string => (known(code) ? t(`audit.actions.${code}.label`) : code);

/** Who did it, or the record: a person's or record's own name as it is, a fixed phrase in the page's language. */
export function nameOf(named: Pick<DescribedAuditEvent['actor'], 'name' | 'phrase'>): string {
  return named.phrase ? t(`audit.names.${named.phrase.key}`, named.phrase.values) : named.name;
}

const ACTOR = '\uE000actor\uE000';
const SUBJECT = '\uE000subject\uE000';

/** The action's sentence cut where the actor and the subject go: text, 'actor' and 'subject' parts in the language's order. */
export type SentencePart = { kind: 'text'; text: string } | { kind: 'actor' } | { kind: 'subject' };

export function sentenceParts(code: string): SentencePart[] {
  const values = { actor: ACTOR, subject: SUBJECT };
  const sentence = known(code) ? t(`audit.actions.${code}.sentence`, values) : t('audit.unknownAction', { ...values, code });
  return sentence
    .split(/(\uE000actor\uE000|\uE000subject\uE000)/)
    .filter(Boolean)
    .map((part): SentencePart => (part === ACTOR ? { kind: 'actor' } : part === SUBJECT ? { kind: 'subject' } : { kind: 'text', text: part }));
}

/** A moment in the page's language and the browser's time zone. */
export function formatMoment(iso: string, { seconds = false }: { seconds?: boolean } = {}): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return formatDayTime(date, { seconds });
}
