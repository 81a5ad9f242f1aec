import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import type { ReferralDetail } from '../../../../../api/src/referrals/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { BlobImage } from '../../../components/ui/blob-image.tsx';
import { focusFirstInvalid, RadioGroupField, TextAreaField, TextField } from '../../../components/ui/field.tsx';
import { noticeState } from '../../../components/ui/flash-notice.tsx';
import { paths } from '../../../config/paths.ts';
import { ApiError, errorMessage } from '../../../lib/api-client.ts';
import { ageOn, formatCalendarDate, formatDateTime } from '../../../lib/format-date.ts';
import { fullName } from '../../../lib/format-name.ts';
import { useReferralPhoto } from '../api/get-referral.ts';
import { useAcceptReferral, useDeclineReferral } from '../api/decide-referral.ts';
import { consentByLabel, consentMethodLabel, duplicateReasonLabel, referralStatusLabel, referrerRoleLabel } from './referral-labels.ts';

const none = <span className="muted">Not given</span>;
const fact = (term: string, value: ReactNode) => (
  <div>
    <dt>{term}</dt>
    <dd className="break-anywhere">{value ?? none}</dd>
  </div>
);

/** One referral: what it says, the records it may duplicate, and (while new) accept or decline. */
export function ReferralReview({ referral }: { referral: ReferralDetail }) {
  return (
    <>
      <Decision referral={referral} />
      {referral.givenName ? (
        <div className="holder-layout">
          <ReferralPhoto referral={referral} />
          <ReferralFacts referral={referral} />
        </div>
      ) : null}
      <Referrer referral={referral} />
      {referral.status === 'new' ? (
        <>
          <PossibleDuplicates referral={referral} />
          <AcceptForm referral={referral} />
          <DeclineForm referral={referral} />
        </>
      ) : null}
    </>
  );
}

function Decision({ referral }: { referral: ReferralDetail }) {
  if (referral.status === 'new') return null;
  const when = referral.decidedAt ? formatDateTime(referral.decidedAt) : null;
  return (
    <Alert tone="info" title={`${referralStatusLabel[referral.status]}${when ? ` on ${when}` : ''}${referral.decidedByEmail ? ` by ${referral.decidedByEmail}` : ''}`}>
      {referral.erased ? <p>The referral’s personal details have been erased; only its reference, status and dates are kept.</p> : null}
      {referral.status === 'accepted' && referral.holderId && !referral.erased ? (
        <p>
          The young carer’s details are on their record now. <Link to={paths.holders.detail.getHref(referral.holderId)}>Open the record</Link>
        </p>
      ) : null}
      {referral.decisionReason ? (
        <p>
          Reason (staff only): <q>{referral.decisionReason}</q>
        </p>
      ) : null}
      <p>{referral.referrerNotified ? 'Whoever referred was sent the outcome by email (see the Outbox).' : 'Whoever referred was not emailed the outcome.'}</p>
    </Alert>
  );
}

function ReferralPhoto({ referral }: { referral: ReferralDetail }) {
  const photo = useReferralPhoto(referral);
  return (
    <section className="panel photo-panel" aria-labelledby="referral-photo-title">
      <h2 id="referral-photo-title" className="section-title">
        Photo
      </h2>
      <div className="photo-frame">
        {referral.photoUrl === null ? (
          <p className="muted">No photo was sent.</p>
        ) : photo.data ? (
          <BlobImage blob={photo.data} alt={`Photo sent with the referral of ${fullName(referral)}`} className="photo" />
        ) : photo.isError ? (
          <p className="field__error">{errorMessage(photo.error)}</p>
        ) : (
          <p className="muted">Loading the photo…</p>
        )}
      </div>
    </section>
  );
}

function ReferralFacts({ referral }: { referral: ReferralDetail }) {
  const age = ageOn(referral.dateOfBirth);
  return (
    <section className="panel holder-details" aria-labelledby="referral-details-title">
      <h2 id="referral-details-title" className="section-title">
        The young carer
      </h2>
      <dl className="facts">
        {fact('Given name', referral.givenName)}
        {fact('Family name', referral.familyName)}
        {fact('Preferred name', referral.preferredName)}
        {fact(
          'Date of birth',
          <>
            {formatCalendarDate(referral.dateOfBirth)}
            {age !== undefined ? <span className="muted"> (age {age})</span> : null}
          </>,
        )}
        {fact('Their email', referral.contactEmail)}
        {fact('Their phone', referral.contactPhone)}
        {fact('School or college', referral.school)}
        {fact('Area', referral.area)}
        {fact('Consent given by', consentByLabel[referral.consentBy])}
        {fact('How consent was given', consentMethodLabel[referral.consentMethod])}
      </dl>
    </section>
  );
}

function Referrer({ referral }: { referral: ReferralDetail }) {
  if (referral.erased) return null;
  return (
    <section className="panel page-section" aria-labelledby="referrer-title">
      <h2 id="referrer-title" className="section-title">
        Who referred
      </h2>
      <dl className="facts">
        {fact('Who', referrerRoleLabel[referral.referrerRole])}
        {fact('Name', referral.referrerName || null)}
        {referral.referrerRole === 'professional' ? fact('Where they work', referral.referrerOrganisation) : null}
        {referral.referrerRole === 'young_carer' ? fact('An adult helped', referral.withAdult ? 'Yes' : 'No') : null}
        {fact('Email', referral.referrerEmail)}
        {fact('Phone', referral.referrerPhone)}
        {fact('Received', formatDateTime(referral.createdAt))}
      </dl>
    </section>
  );
}

function PossibleDuplicates({ referral }: { referral: ReferralDetail }) {
  const { holders, referrals } = referral.possibleDuplicates;
  return (
    <section className="page-section" aria-labelledby="duplicates-title">
      <h2 id="duplicates-title" className="section-title">
        Possible existing records
      </h2>
      {holders.length + referrals.length === 0 ? (
        <p>No record or other referral has the same date of birth and a similar name, or the same email or phone.</p>
      ) : (
        <>
          <p className="section-lead">Check these before accepting: if the young carer is already registered, decline this referral and update their record instead.</p>
          <ul className="attention-list">
            {holders.map((holder) => (
              <li key={holder.id}>
                <Link to={paths.holders.detail.getHref(holder.id)}>{fullName(holder)}</Link>, born {formatCalendarDate(holder.dateOfBirth)}
                {holder.reference ? `, reference ${holder.reference}` : ''} <span className="muted">({holder.reasons.map((r) => duplicateReasonLabel[r]).join('; ')})</span>
              </li>
            ))}
            {referrals.map((other) => (
              <li key={other.id}>
                Referral <Link to={paths.referrals.detail.getHref(other.id)}>{other.reference}</Link> ({referralStatusLabel[other.status].toLowerCase()}, received {formatDateTime(other.createdAt)}){' '}
                <span className="muted">({other.reasons.map((r) => duplicateReasonLabel[r]).join('; ')})</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

const outcomeAddress = (referral: ReferralDetail) => referral.referrerEmail ?? (referral.referrerRole === 'young_carer' ? referral.contactEmail : null);

function NotifyField({ referral, name }: { referral: ReferralDetail; name: string }) {
  const address = outcomeAddress(referral);
  if (!address) return <p className="muted">Whoever referred gave no email address, so they cannot be emailed the outcome: phone them if needed.</p>;
  return (
    <label className="checkbox">
      <input type="checkbox" name={name} value="yes" defaultChecked />
      <span>
        Email the outcome to {address} (it says only accepted or not, with the reference: nothing about the young carer)
      </span>
    </label>
  );
}

function AcceptForm({ referral }: { referral: ReferralDetail }) {
  const accept = useAcceptReferral();
  const navigate = useNavigate();
  const form = useRef<HTMLFormElement>(null);
  const [fieldError, setFieldError] = useState<{ field: string; message: string } | null>(null);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const reference = String(data.get('reference') ?? '').trim();
    const preferredName = String(data.get('preferredName') ?? '').trim();
    setFieldError(null);
    try {
      const { holderId } = await accept.mutateAsync({
        id: referral.id,
        reference: reference || null,
        ...(preferredName && preferredName !== (referral.preferredName ?? '') ? { preferredName } : {}),
        notifyReferrer: data.get('notify') === 'yes',
      });
      await navigate(paths.holders.detail.getHref(holderId), { state: noticeState(`Referral ${referral.reference} accepted: this record was made from it. Issue their card below, then send it to their phone.`) });
    } catch (error) {
      if (error instanceof ApiError && error.field) {
        setFieldError({ field: error.field, message: error.message });
        focusFirstInvalid(form.current);
      }
    }
  }
  const errorFor = (field: string) => (fieldError?.field === field ? fieldError.message : undefined);
  return (
    <form ref={form} className="panel page-section" aria-labelledby="accept-title" noValidate onSubmit={(e) => void submit(e)}>
      <h2 id="accept-title" className="section-title">
        Accept
      </h2>
      <p>Makes a young carer’s record from this referral, with the consent it records. You then issue the card and send it from the record.</p>
      <TextField label="Reference for the record (optional)" name="reference" maxLength={40} error={errorFor('reference')} />
      <TextField
        label="Name printed on the card"
        hint="The preferred name if they gave one, else the given name. Change it if the card cannot print the name as written."
        name="preferredName"
        maxLength={60}
        defaultValue={referral.preferredName ?? ''}
        error={errorFor('preferredName') ?? errorFor('givenName')}
      />
      <NotifyField referral={referral} name="notify" />
      {accept.isError && !fieldError ? (
        <p className="field__error" role="alert">
          {errorMessage(accept.error)}
        </p>
      ) : null}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={accept.isPending}>
          {accept.isPending ? 'Accepting…' : 'Accept and make the record'}
        </button>
      </div>
    </form>
  );
}

function DeclineForm({ referral }: { referral: ReferralDetail }) {
  const decline = useDeclineReferral();
  const form = useRef<HTMLFormElement>(null);
  const [missing, setMissing] = useState<{ reason?: string; outcome?: string }>({});
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const reason = String(data.get('reason') ?? '').trim();
    const outcome = String(data.get('outcome') ?? '');
    const next = { ...(reason ? {} : { reason: 'Write the reason: staff will read it later.' }), ...(outcome ? {} : { outcome: 'Choose declined or withdrawn.' }) };
    setMissing(next);
    if (next.reason || next.outcome) {
      focusFirstInvalid(form.current);
      return;
    }
    try {
      await decline.mutateAsync({ id: referral.id, outcome: outcome as 'declined' | 'withdrawn', reason, notifyReferrer: data.get('notify') === 'yes' });
    } catch {
      // Shown below.
    }
  }
  return (
    <form ref={form} className="panel page-section" aria-labelledby="decline-title" noValidate onSubmit={(e) => void submit(e)}>
      <h2 id="decline-title" className="section-title">
        Decline
      </h2>
      <RadioGroupField
        legend="What happened"
        name="outcome"
        error={missing.outcome}
        options={[
          { value: 'declined', label: 'We are not taking this referral further' },
          { value: 'withdrawn', label: 'Whoever referred asked us to withdraw it' },
        ]}
      />
      <TextAreaField
        label="Reason (for staff only)"
        hint="Kept with the referral until it is erased. Never sent to whoever referred."
        name="reason"
        rows={3}
        maxLength={1000}
        error={missing.reason}
      />
      <NotifyField referral={referral} name="notify" />
      {decline.isError ? (
        <p className="field__error" role="alert">
          {errorMessage(decline.error)}
        </p>
      ) : null}
      <div className="button-row">
        <button type="submit" className="button button--secondary" disabled={decline.isPending}>
          {decline.isPending ? 'Saving…' : 'Decline the referral'}
        </button>
      </div>
    </form>
  );
}
