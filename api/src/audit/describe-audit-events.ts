import { formatCardNumber } from '../cards/card-number.ts';
import type { Tx } from '../db/transaction.ts';
import type { AuditEvent } from '../generated/sqlite/client.ts';
import { formatReferralReference } from '../referrals/referral-reference.ts';
import { describeAction } from '../shared/audit-actions.ts';
import { AUDIT_NAMES, auditNameInEnglish, type AuditNameKey } from '../shared/audit-names.ts';
import { toAuditEventView } from './audit-event-view.ts';
import type { AuditRecordRef, DescribedAuditEvent } from './schemas.ts';

/** What an erased young carer (or referral) is called everywhere: nothing about who they were is left. */
export const ERASED_RECORD = AUDIT_NAMES.erasedRecord;

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
    .replace('{subject}', subject?.name ?? AUDIT_NAMES.record);
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

/** A fixed phrase: its English, and its key and values for the staff app to say it in the page's language. */
function phrase(key: AuditNameKey, values: Record<string, string> = {}) {
  return { name: auditNameInEnglish({ key, values }), phrase: { key, values } };
}

type Actor = DescribedAuditEvent['actor'];
const byKind = (kind: Actor['kind'], key: AuditNameKey): Actor => ({ kind, id: null, ...phrase(key) });

/** Who did it, when no staff member is named: the young carer's phone, someone typing a code, or the server itself. */
function actorOf(event: ReturnType<typeof toAuditEventView>, names: Names): Actor {
  if (event.actorId) {
    const name = names.staff.get(event.actorId) ?? event.actorEmail;
    return name ? { kind: 'staff', id: event.actorId, name, phrase: null } : { kind: 'staff', id: event.actorId, ...phrase('formerStaff') };
  }
  if (event.actorEmail) return { kind: 'someone', id: null, name: event.actorEmail, phrase: null };
  const details = event.details;
  const system = byKind('system', 'system');
  const phone = byKind('young_carer', 'youngCarerPhone');
  switch (event.action) {
    case 'auth.login_failed':
      return byKind('someone', 'someone');
    case 'invitation.use':
    case 'my_card.report_lost':
    case 'my_data.read':
    case 'data_request.create':
      return phone;
    case 'invitation.wrong_date_of_birth':
    case 'invitation.locked':
      return byKind('someone', 'someoneWithCode');
    case 'referral.submit':
      return byKind('someone', 'referrer');
    case 'device.sign_out':
      return details.by === 'holder' ? phone : system;
    case 'card.suspend':
      return details.reason === 'reported_lost' ? phone : system;
    case 'card.pdf':
      return 'byHolderDevice' in details ? phone : system;
    default:
      return system;
  }
}

function subjectOf(type: string, id: string | null, names: Names): AuditRecordRef {
  const ref = (name: string, link: AuditRecordRef['link'], erased = false): AuditRecordRef => ({ type, id, name, erased, phrase: null, link });
  const fixed = (key: AuditNameKey, link: AuditRecordRef['link'], values: Record<string, string> = {}, erased = false): AuditRecordRef => ({
    type,
    id,
    ...phrase(key, values),
    erased,
    link,
  });
  if (!id) return fixed(GENERIC[type] ?? 'record', null);
  switch (type) {
    case 'holder': {
      const holder = names.holders.get(id);
      if (!holder) return fixed('holderGone', null);
      return holder.erased ? fixed('erasedRecord', null, {}, true) : ref(holder.name, { type, id });
    }
    case 'card': {
      const card = names.cards.get(id);
      if (!card) return fixed('cardGone', null);
      const holder = names.holders.get(card.holderId);
      if (!holder || holder.erased) return fixed('cardOfErased', null, {}, true);
      return fixed('card', { type, id }, { number: formatCardNumber(card.number), name: holder.name });
    }
    case 'staff': {
      const name = names.staff.get(id);
      return name ? ref(name, { type, id }) : fixed('formerStaff', null);
    }
    case 'partner': {
      const name = names.partners.get(id);
      return name ? ref(name, { type, id }) : fixed('partnerGone', null);
    }
    case 'benefit': {
      const benefit = names.benefits.get(id);
      if (!benefit) return fixed('benefitGone', null);
      const partner = names.partners.get(benefit.partnerId);
      const link = { type: 'partner', id: benefit.partnerId };
      return partner ? fixed('benefitOf', link, { title: benefit.title, partner }) : fixed('benefit', link, { title: benefit.title });
    }
    case 'referral': {
      const referral = names.referrals.get(id);
      if (!referral) return fixed('referralGone', null);
      return referral.erased ? fixed('erasedRecord', null, {}, true) : fixed('referral', { type, id }, { reference: formatReferralReference(referral.reference) });
    }
    case 'outbox':
      return fixed('outboxMessage', { type, id });
    case 'import':
      return fixed('csvImport', { type, id });
    case 'signing_key':
      return fixed('signingKey', { type, id }, { id });
    default:
      return fixed(GENERIC[type] ?? 'settings', type === 'branding' ? { type, id } : null);
  }
}

/** Records named by kind only. */
const GENERIC: Record<string, AuditNameKey> = {
  holder: 'youngCarers',
  outbox: 'outbox',
  settings: 'settings',
  setting: 'settings',
  branding: 'organisation',
  consultation: 'consultation',
  suggestion: 'suggestion',
  outcome: 'outcome',
};
