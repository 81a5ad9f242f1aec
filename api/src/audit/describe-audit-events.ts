import { formatCardNumber } from '../cards/card-number.ts';
import type { Tx } from '../db/transaction.ts';
import type { AuditEvent } from '../generated/sqlite/client.ts';
import { formatReferralReference } from '../referrals/referral-reference.ts';
import { describeAction } from '../shared/audit-actions.ts';
import { toAuditEventView } from './audit-event-view.ts';
import type { AuditRecordRef, DescribedAuditEvent } from './schemas.ts';

/** What an erased young carer (or referral) is called everywhere: nothing about who they were is left. */
export const ERASED_RECORD = 'an erased record';

type Names = {
  staff: Map<string, string>;
  holders: Map<string, { name: string; erased: boolean }>;
  cards: Map<string, { number: string; holderId: string }>;
  partners: Map<string, string>;
  benefits: Map<string, { title: string; partnerId: string }>;
  referrals: Map<string, { reference: string; erased: boolean }>;
};

/** As the staff app names a young carer everywhere (given and family name; the preferred name is the card's). */
const holderName = (h: { givenName: string; familyName: string }) => `${h.givenName} ${h.familyName}`.trim();

/**
 * Puts a page of audit events into words: who did it (a staff member's name,
 * the young carer's phone, someone with a code, the system) and the record it
 * was done to, by name, with the page to open. A few batched look-ups per
 * page, never one per event. Erased young carers and referrals come out as
 * "an erased record", with no link.
 */
export async function describeAuditEvents(db: Tx, rows: AuditEvent[]): Promise<DescribedAuditEvent[]> {
  const ids = (type: string) => [...new Set(rows.filter((r) => r.entityType === type && r.entityId).map((r) => r.entityId!))];
  const cardRows = await db.card.findMany({ where: { id: { in: ids('card') } }, select: { id: true, number: true, holderId: true } });
  const benefitRows = await db.benefit.findMany({ where: { id: { in: ids('benefit') } }, select: { id: true, title: true, partnerId: true } });
  const holderIds = [...new Set([...ids('holder'), ...cardRows.map((c) => c.holderId)])];
  const staffIds = [...new Set([...ids('staff'), ...rows.flatMap((r) => (r.actorId ? [r.actorId] : []))])];
  const partnerIds = [...new Set([...ids('partner'), ...benefitRows.map((b) => b.partnerId)])];
  const [staffRows, holderRows, partnerRows, referralRows] = await Promise.all([
    db.staff.findMany({ where: { id: { in: staffIds } }, select: { id: true, name: true } }),
    db.holder.findMany({ where: { id: { in: holderIds } }, select: { id: true, givenName: true, familyName: true, erasedAt: true } }),
    db.partner.findMany({ where: { id: { in: partnerIds } }, select: { id: true, name: true } }),
    db.referral.findMany({ where: { id: { in: ids('referral') } }, select: { id: true, reference: true, erasedAt: true } }),
  ]);
  const names: Names = {
    staff: new Map(staffRows.map((s) => [s.id, s.name])),
    holders: new Map(holderRows.map((h) => [h.id, { name: h.erasedAt ? ERASED_RECORD : holderName(h), erased: h.erasedAt !== null }])),
    cards: new Map(cardRows.map((c) => [c.id, { number: c.number, holderId: c.holderId }])),
    partners: new Map(partnerRows.map((p) => [p.id, p.name])),
    benefits: new Map(benefitRows.map((b) => [b.id, { title: b.title, partnerId: b.partnerId }])),
    referrals: new Map(referralRows.map((r) => [r.id, { reference: r.reference, erased: r.erasedAt !== null }])),
  };
  return rows.map((row) => describeOne(row, names));
}

function describeOne(row: AuditEvent, names: Names): DescribedAuditEvent {
  const view = toAuditEventView(row);
  const description = describeAction(row.action);
  const actor = actorOf(view, names);
  const subject = row.entityType ? subjectOf(row.entityType, row.entityId, names) : null;
  const sentence = description.sentence
    .replace('{actor}', actor.name)
    .replace('{subject}', subject?.name ?? 'a record');
  return {
    ...view,
    group: description.group,
    label: description.label,
    sentence: sentence.charAt(0).toUpperCase() + sentence.slice(1),
    template: description.sentence,
    actor,
    subject,
  };
}

/** Who did it, when no staff member is named: the young carer's phone, someone typing a code, or the server itself. */
function actorOf(event: ReturnType<typeof toAuditEventView>, names: Names): DescribedAuditEvent['actor'] {
  if (event.actorId) return { kind: 'staff', id: event.actorId, name: names.staff.get(event.actorId) ?? event.actorEmail ?? 'a former staff member' };
  if (event.actorEmail) return { kind: 'someone', id: null, name: event.actorEmail };
  const details = event.details;
  switch (event.action) {
    case 'auth.login_failed':
      return { kind: 'someone', id: null, name: 'someone' };
    case 'invitation.use':
    case 'my_card.report_lost':
    case 'my_data.read':
    case 'data_request.create':
      return { kind: 'young_carer', id: null, name: 'the young carer (their phone)' };
    case 'invitation.wrong_date_of_birth':
    case 'invitation.locked':
      return { kind: 'someone', id: null, name: 'someone with the code' };
    case 'referral.submit':
      return { kind: 'someone', id: null, name: 'a referrer (online form)' };
    case 'device.sign_out':
      return details.by === 'holder' ? { kind: 'young_carer', id: null, name: 'the young carer (their phone)' } : { kind: 'system', id: null, name: 'the system' };
    case 'card.suspend':
      return details.reason === 'reported_lost' ? { kind: 'young_carer', id: null, name: 'the young carer (their phone)' } : { kind: 'system', id: null, name: 'the system' };
    case 'card.pdf':
      return 'byHolderDevice' in details ? { kind: 'young_carer', id: null, name: 'the young carer (their phone)' } : { kind: 'system', id: null, name: 'the system' };
    default:
      return { kind: 'system', id: null, name: 'the system' };
  }
}

function subjectOf(type: string, id: string | null, names: Names): AuditRecordRef {
  const ref = (name: string, link: AuditRecordRef['link'], erased = false): AuditRecordRef => ({ type, id, name, erased, link });
  if (!id) return ref(GENERIC[type] ?? 'a record', null);
  switch (type) {
    case 'holder': {
      const holder = names.holders.get(id);
      if (!holder) return ref('a young carer no longer on record', null);
      return holder.erased ? ref(ERASED_RECORD, null, true) : ref(holder.name, { type, id });
    }
    case 'card': {
      const card = names.cards.get(id);
      if (!card) return ref('a card no longer on record', null);
      const holder = names.holders.get(card.holderId);
      if (!holder || holder.erased) return ref(`a card of ${ERASED_RECORD}`, null, true);
      return ref(`card ${formatCardNumber(card.number)} (${holder.name})`, { type, id });
    }
    case 'staff': {
      const name = names.staff.get(id);
      return name ? ref(name, { type, id }) : ref('a former staff member', null);
    }
    case 'partner': {
      const name = names.partners.get(id);
      return name ? ref(name, { type, id }) : ref('a partner no longer on record', null);
    }
    case 'benefit': {
      const benefit = names.benefits.get(id);
      if (!benefit) return ref('a benefit no longer on record', null);
      const partner = names.partners.get(benefit.partnerId);
      return ref(partner ? `“${benefit.title}” of ${partner}` : `“${benefit.title}”`, { type: 'partner', id: benefit.partnerId });
    }
    case 'referral': {
      const referral = names.referrals.get(id);
      if (!referral) return ref('a referral no longer on record', null);
      return referral.erased ? ref(ERASED_RECORD, null, true) : ref(`referral ${formatReferralReference(referral.reference)}`, { type, id });
    }
    case 'outbox':
      return ref('a message in the outbox', { type, id });
    case 'import':
      return ref('a CSV import', { type, id });
    case 'signing_key':
      return ref(`signing key ${id}`, { type, id });
    default:
      return ref(GENERIC[type] ?? 'the settings', type === 'branding' ? { type, id } : null);
  }
}

/** Records named by kind only. */
const GENERIC: Record<string, string> = {
  holder: 'the young carers',
  outbox: 'the outbox',
  settings: 'the settings',
  setting: 'the settings',
  branding: 'the organisation details',
  consultation: 'a Have your say question',
  suggestion: 'a suggestion from a young carer',
  outcome: 'a “You said, we did” entry',
};
