import { randomBytes, randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { appendAuditEvent } from '../audit/record-audit-event.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { inTransaction } from '../db/transaction.ts';
import type { AppDeps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { checkDateOfBirth } from '../holders/holder-input.ts';
import { searchTextOf } from '../holders/holder-names.ts';
import { photosDir, reencodePhoto, writeFileAtomically } from '../holders/holder-photo.ts';
import { ageOn, calendarDay } from '../shared/calendar.ts';
import { cleanName } from '../shared/clean-text.ts';
import { DEFAULT_LANGUAGE } from '../shared/languages.ts';
import { referralsToday, secondsUntilTomorrow, takeReferralPlace } from './referral-day-count.ts';
import { formatReferralReference, generateReferralReference } from './referral-reference.ts';
import { REFERRAL_MIN_AGE_ALONE, REFERRAL_PHOTO_MAX_BYTES, type ReferralReceipt, type SubmitReferralBody } from './schemas.ts';

type SubmitDeps = Pick<AppDeps, 'db' | 'config' | 'clock' | 'auditSigner' | 'branding'>;

const invalid = (field: string, message: string) => new AppError('VALIDATION_FAILED', message, { field });

/** A one-line field, cleaned; null when left empty. */
function optional(value: string | undefined): string | null {
  return value ? cleanName(value) || null : null;
}

function required(field: string, value: string, message: string): string {
  const cleaned = cleanName(value);
  if (!cleaned) throw invalid(field, message);
  return cleaned;
}

/**
 * A referral from the public /refer page. The answer is the same whatever
 * is already on the register (only the new reference and what happens next),
 * so the form cannot be used to find out whether a child is known to us.
 * Abuse limits: the honeypot (answered as if stored, and nothing is), the
 * body and photo size limits, a rate limit per address (the route), and the
 * daily cap, taken inside the same transaction as the row.
 */
export async function submitReferral(deps: SubmitDeps, options: { input: SubmitReferralBody }): Promise<ReferralReceipt> {
  const { input } = options;
  const now = deps.clock();
  const { view: branding } = await deps.branding.current();
  const receipt = (reference: string): ReferralReceipt => ({ reference: formatReferralReference(reference), nextSteps: nextSteps(branding) });
  if (input.website) return receipt(generateReferralReference());

  const fields = cleanReferral(input, now, deps.config.cards.maxAge);
  const full = () => new AppError('REFERRAL_DAILY_LIMIT', fullMessage(branding), { retryAfter: secondsUntilTomorrow(now) });
  // A quick refusal before the photo is decoded; the cap itself is taken in the transaction.
  if ((await referralsToday(deps.db, now)) >= deps.config.referrals.dailyCap) throw full();

  const dir = photosDir(deps.config.dataDir);
  let photoFile: string | null = null;
  if (input.photo) {
    const upload = Buffer.from(input.photo, 'base64');
    if (upload.length > REFERRAL_PHOTO_MAX_BYTES) {
      throw new AppError('PHOTO_TOO_LARGE', `The photo is too large: it can be up to ${REFERRAL_PHOTO_MAX_BYTES / 1024 / 1024} MB.`, { field: 'photo' });
    }
    const jpeg = await reencodePhoto(upload);
    photoFile = `${randomBytes(16).toString('hex')}.jpg`;
    await writeFileAtomically(dir, photoFile, jpeg);
  }
  try {
    for (let attempt = 1; ; attempt++) {
      const reference = generateReferralReference();
      try {
        await inTransaction(deps.db, async (tx) => {
          if (!(await takeReferralPlace(tx, { now, cap: deps.config.referrals.dailyCap }))) throw full();
          const id = randomUUID();
          await tx.referral.create({ data: { id, reference, status: 'new', ...fields, photoFile, createdAt: now } });
          // No address and nothing personal: the audit chain keeps it for ever.
          await appendAuditEvent(tx, deps, { actor: null, ip: null }, {
            action: 'referral.submit',
            entityType: 'referral',
            entityId: id,
            details: { referrerRole: fields.referrerRole, photo: photoFile !== null },
          });
        });
        return receipt(reference);
      } catch (error) {
        // 40 random bits: a clash with an existing reference is rare; draw again.
        if (isUniqueViolation(error) && attempt < 5) continue;
        throw error;
      }
    }
  } catch (error) {
    if (photoFile) await rm(path.join(dir, photoFile), { force: true });
    throw error;
  }
}

function cleanReferral(input: SubmitReferralBody, now: Date, maxAge: number) {
  const dateOfBirth = checkDateOfBirth(input.dateOfBirth, now);
  const age = ageOn(dateOfBirth, calendarDay(now));
  if (age >= maxAge) throw invalid('dateOfBirth', `This form is for young carers under ${maxAge}. Please call us and we will tell you about support for older carers.`);
  const youngCarer = input.referrerRole === 'young_carer';
  if (youngCarer && age < REFERRAL_MIN_AGE_ALONE && !input.withAdult) {
    throw invalid('withAdult', `If you are under ${REFERRAL_MIN_AGE_ALONE}, please fill this in with a parent, carer, teacher or another adult you trust.`);
  }
  const givenName = required('givenName', input.givenName, 'Please write the young carer’s first name.');
  const familyName = required('familyName', input.familyName, 'Please write the young carer’s last name.');
  const preferredName = optional(input.preferredName);
  const referrerName = youngCarer ? (optional(input.referrerName) ?? givenName) : required('referrerName', input.referrerName ?? '', 'Please write your name.');
  const contact = {
    contactEmail: input.contactEmail ? input.contactEmail.trim().toLowerCase() : null,
    contactPhone: optional(input.contactPhone),
    referrerEmail: !youngCarer && input.referrerEmail ? input.referrerEmail.trim().toLowerCase() : null,
    referrerPhone: youngCarer ? null : optional(input.referrerPhone),
  };
  if (youngCarer ? !contact.contactEmail && !contact.contactPhone : !contact.referrerEmail && !contact.referrerPhone) {
    throw invalid(youngCarer ? 'contactEmail' : 'referrerEmail', 'Please give an email address or a phone number, so we can get in touch.');
  }
  return {
    givenName,
    familyName,
    preferredName,
    dateOfBirth,
    ...contact,
    school: optional(input.school),
    area: optional(input.area),
    referrerRole: input.referrerRole,
    referrerName,
    referrerOrganisation: input.referrerRole === 'professional' ? optional(input.referrerOrganisation) : null,
    withAdult: youngCarer && input.withAdult === true,
    consentBy: input.consentBy,
    consentMethod: input.consentMethod,
    language: input.language ?? DEFAULT_LANGUAGE,
    searchText: searchTextOf({ givenName, familyName, preferredName, reference: null }),
  };
}

function nextSteps(branding: { organisationName: string; helpline: string }): string[] {
  const call = branding.helpline ? ` (call ${branding.helpline})` : '';
  return [
    `Keep this reference. If you need to ask us about the referral, quote it when you get in touch${call}.`,
    `Someone at ${branding.organisationName} will read the referral, then get in touch using the contact details you gave, to talk about support and the young carer card.`,
    'If you change your mind, get in touch with us and we will withdraw it.',
  ];
}

function fullMessage(branding: { organisationName: string; helpline: string }): string {
  const call = branding.helpline ? `, or call ${branding.organisationName} on ${branding.helpline}` : '';
  return `We have had a lot of referrals today, so this form is closed until tomorrow. Please try again tomorrow${call}.`;
}
