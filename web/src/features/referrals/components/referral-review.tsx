import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import type { ReferralDetail } from '../../../../../api/src/referrals/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { BlobImage } from '../../../components/ui/blob-image.tsx';
import { ErrorSummary, type ErrorSummaryItem } from '../../../components/ui/error-summary.tsx';
import { RadioGroupField, TextAreaField, TextField } from '../../../components/ui/field.tsx';
import { noticeState } from '../../../components/ui/flash-notice.tsx';
import { paths } from '../../../config/paths.ts';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { ApiError, errorMessage } from '../../../lib/api-client.ts';
import { ageOn } from '../../../lib/format-date.ts';
import { fullName } from '../../../lib/format-name.ts';
import { useReferralPhoto } from '../api/get-referral.ts';
import { useAcceptReferral, useDeclineReferral } from '../api/decide-referral.ts';
import { calendarDay } from './referral-dates.ts';
import { dateFormat } from '../../../i18n/dates.ts';

function Fact({ term, value }: { term: string; value: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div>
      <dt>{term}</dt>
      <dd className="break-anywhere">{value ?? <span className="muted">{t('referrals.review.notGiven')}</span>}</dd>
    </div>
  );
}
const fact = (term: string, value: ReactNode) => <Fact term={term} value={value} />;

/**
 * Dates in the page's language: a moment with its time, and a day with none
 * (a date of birth). Chromium's own ICU data has no Welsh dates: en-GB is the
 * fallback, never the engine's en-US ("Jun 14, 2012").
 */
function useDates() {
  useTranslation();
  const moment = dateFormat('dayTime');
  const day = dateFormat('day');
  return { moment: (iso: string) => moment.format(new Date(iso)), day: (value: string) => day.format(calendarDay(value)) };
}

/** The language the referral form was filled in, when the API says (`cy` → “Welsh”, in the page's language). */
function languageName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale, 'en-GB'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

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
  const { t } = useTranslation();
  const dates = useDates();
  if (referral.status === 'new') return null;
  const status = t(`referrals.status.${referral.status}`);
  const when = referral.decidedAt ? dates.moment(referral.decidedAt) : null;
  const title = when
    ? referral.decidedByEmail
      ? t('referrals.review.decidedOnBy', { status, when, email: referral.decidedByEmail })
      : t('referrals.review.decidedOn', { status, when })
    : referral.decidedByEmail
      ? t('referrals.review.decidedBy', { status, email: referral.decidedByEmail })
      : status;
  return (
    <Alert tone="info" title={title}>
      {referral.erased ? <p>{t('referrals.review.erased')}</p> : null}
      {referral.status === 'accepted' && referral.holderId && !referral.erased ? (
        <p>
          {t('referrals.review.onRecord')} <Link to={paths.holders.detail.getHref(referral.holderId)}>{t('referrals.review.openRecord')}</Link>
        </p>
      ) : null}
      {referral.decisionReason ? (
        <p>
          {t('referrals.review.reasonStaffOnly')} <q>{referral.decisionReason}</q>
        </p>
      ) : null}
      <p>{referral.referrerNotified ? t('referrals.review.notified') : t('referrals.review.notNotified')}</p>
    </Alert>
  );
}

function ReferralPhoto({ referral }: { referral: ReferralDetail }) {
  const photo = useReferralPhoto(referral);
  const { t } = useTranslation();
  return (
    <section className="panel photo-panel" aria-labelledby="referral-photo-title">
      <h2 id="referral-photo-title" className="section-title">
        {t('referrals.review.photo')}
      </h2>
      <div className="photo-frame">
        {referral.photoUrl === null ? (
          <p className="muted">{t('referrals.review.noPhoto')}</p>
        ) : photo.data ? (
          <BlobImage blob={photo.data} alt={t('referrals.review.photoAlt', { name: fullName(referral) })} className="photo" />
        ) : photo.isError ? (
          <p className="field__error">{errorMessage(photo.error)}</p>
        ) : (
          <p className="muted">{t('referrals.review.photoLoading')}</p>
        )}
      </div>
    </section>
  );
}

function ReferralFacts({ referral }: { referral: ReferralDetail }) {
  const age = ageOn(referral.dateOfBirth);
  const { t, locale } = useTranslation();
  const dates = useDates();
  // Added to the API's view in another change: shown only when it is there.
  const language = (referral as { language?: string | null }).language ?? null;
  return (
    <section className="panel holder-details" aria-labelledby="referral-details-title">
      <h2 id="referral-details-title" className="section-title">
        {t('referrals.review.youngCarer')}
      </h2>
      <dl className="facts">
        {fact(t('referrals.review.givenName'), referral.givenName)}
        {fact(t('referrals.review.familyName'), referral.familyName)}
        {fact(t('referrals.review.preferredName'), referral.preferredName)}
        {fact(
          t('referrals.review.dateOfBirth'),
          <>
            {dates.day(referral.dateOfBirth)}
            {age !== undefined ? <span className="muted"> {t('referrals.review.age', { age })}</span> : null}
          </>,
        )}
        {fact(t('referrals.review.theirEmail'), referral.contactEmail)}
        {fact(t('referrals.review.theirPhone'), referral.contactPhone)}
        {fact(t('referrals.review.school'), referral.school)}
        {fact(t('referrals.review.area'), referral.area)}
        {fact(t('referrals.review.consentBy'), t(`referrals.consentBy.${referral.consentBy}`))}
        {fact(t('referrals.review.consentMethod'), t(`referrals.consentMethod.${referral.consentMethod}`))}
        {language ? fact(t('referrals.review.language'), languageName(language, locale)) : null}
      </dl>
    </section>
  );
}

function Referrer({ referral }: { referral: ReferralDetail }) {
  const { t } = useTranslation();
  const dates = useDates();
  if (referral.erased) return null;
  return (
    <section className="panel page-section" aria-labelledby="referrer-title">
      <h2 id="referrer-title" className="section-title">
        {t('referrals.review.whoReferred')}
      </h2>
      <dl className="facts">
        {fact(t('referrals.review.who'), t(`referrals.role.${referral.referrerRole}`))}
        {fact(t('referrals.review.name'), referral.referrerName || null)}
        {referral.referrerRole === 'professional' ? fact(t('referrals.review.organisation'), referral.referrerOrganisation) : null}
        {referral.referrerRole === 'young_carer' ? fact(t('referrals.review.withAdult'), referral.withAdult ? t('referrals.review.yes') : t('referrals.review.no')) : null}
        {fact(t('referrals.review.email'), referral.referrerEmail)}
        {fact(t('referrals.review.phone'), referral.referrerPhone)}
        {fact(t('referrals.review.received'), dates.moment(referral.createdAt))}
      </dl>
    </section>
  );
}

function PossibleDuplicates({ referral }: { referral: ReferralDetail }) {
  const { holders, referrals } = referral.possibleDuplicates;
  const { t } = useTranslation();
  const dates = useDates();
  const reasons = (list: readonly string[]) => list.map((r) => t(`referrals.duplicateReason.${r}`)).join('; ');
  return (
    <section className="page-section" aria-labelledby="duplicates-title">
      <h2 id="duplicates-title" className="section-title">
        {t('referrals.review.duplicatesTitle')}
      </h2>
      {holders.length + referrals.length === 0 ? (
        <p>{t('referrals.review.noDuplicates')}</p>
      ) : (
        <>
          <p className="section-lead">{t('referrals.review.duplicatesLead')}</p>
          <ul className="attention-list">
            {holders.map((holder) => (
              <li key={holder.id}>
                <Link to={paths.holders.detail.getHref(holder.id)}>{fullName(holder)}</Link>
                {holder.reference
                  ? t('referrals.review.duplicateHolderWithReference', { born: dates.day(holder.dateOfBirth), reference: holder.reference })
                  : t('referrals.review.duplicateHolder', { born: dates.day(holder.dateOfBirth) })}{' '}
                <span className="muted">({reasons(holder.reasons)})</span>
              </li>
            ))}
            {referrals.map((other) => (
              <li key={other.id}>
                {t('referrals.review.duplicateReferral')} <Link to={paths.referrals.detail.getHref(other.id)}>{other.reference}</Link>{' '}
                {t('referrals.review.duplicateReferralState', { status: t(`referrals.statusInSentence.${other.status}`), received: dates.moment(other.createdAt) })}{' '}
                <span className="muted">({reasons(other.reasons)})</span>
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
  const { t } = useTranslation();
  const address = outcomeAddress(referral);
  if (!address) return <p className="muted">{t('referrals.review.noAddress')}</p>;
  return (
    <label className="checkbox">
      <input type="checkbox" name={name} value="yes" defaultChecked />
      <span>{t('referrals.review.notify', { address })}</span>
    </label>
  );
}

/** The summary's items for the fields a decision form found wrong, in the form's order. */
function summaryOf(errors: Partial<Record<string, string>>, ids: Record<string, string>): ErrorSummaryItem[] {
  return Object.entries(ids).flatMap(([field, fieldId]) => {
    const message = errors[field];
    return message ? [{ message, fieldId, fieldName: field }] : [];
  });
}

function AcceptForm({ referral }: { referral: ReferralDetail }) {
  const accept = useAcceptReferral();
  const navigate = useNavigate();
  const { t } = useTranslation();
  const formId = useId();
  const ids = { reference: `${formId}-reference`, preferredName: `${formId}-preferredName` };
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
      await navigate(paths.holders.detail.getHref(holderId), { state: noticeState(t('referrals.accept.done', { reference: referral.reference })) });
    } catch (error) {
      // The name printed on the card is checked as the given name when no preferred name is sent.
      if (error instanceof ApiError && error.field) setFieldError({ field: error.field === 'givenName' ? 'preferredName' : error.field, message: errorMessage(error) });
    }
  }
  const errors = fieldError ? { [fieldError.field]: fieldError.message } : {};
  const placed = fieldError !== null && fieldError.field in ids;
  return (
    <form className="panel page-section" aria-labelledby="accept-title" noValidate onSubmit={(e) => void submit(e)}>
      <h2 id="accept-title" className="section-title">
        {t('referrals.accept.title')}
      </h2>
      <ErrorSummary items={summaryOf(errors, ids)} focusKey={0} refusal={fieldError} />
      <p>{t('referrals.accept.lead')}</p>
      <TextField id={ids.reference} label={t('referrals.accept.reference')} name="reference" maxLength={40} error={errors.reference} />
      <TextField
        id={ids.preferredName}
        label={t('referrals.accept.cardName')}
        hint={t('referrals.accept.cardNameHint')}
        name="preferredName"
        maxLength={60}
        defaultValue={referral.preferredName ?? ''}
        error={errors.preferredName}
      />
      <NotifyField referral={referral} name="notify" />
      {accept.isError && !placed ? (
        <p className="field__error" role="alert">
          {errorMessage(accept.error)}
        </p>
      ) : null}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={accept.isPending}>
          {accept.isPending ? t('referrals.accept.accepting') : t('referrals.accept.submit')}
        </button>
      </div>
    </form>
  );
}

function DeclineForm({ referral }: { referral: ReferralDetail }) {
  const decline = useDeclineReferral();
  const { t } = useTranslation();
  const formId = useId();
  const ids = { outcome: `${formId}-outcome`, reason: `${formId}-reason` };
  const [missing, setMissing] = useState<{ reason?: string; outcome?: string }>({});
  const [failedAttempts, setFailedAttempts] = useState(0);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const reason = String(data.get('reason') ?? '').trim();
    const outcome = String(data.get('outcome') ?? '');
    const next = { ...(outcome ? {} : { outcome: t('referrals.decline.outcomeMissing') }), ...(reason ? {} : { reason: t('referrals.decline.reasonMissing') }) };
    setMissing(next);
    if (next.reason || next.outcome) {
      setFailedAttempts((n) => n + 1);
      return;
    }
    try {
      await decline.mutateAsync({ id: referral.id, outcome: outcome as 'declined' | 'withdrawn', reason, notifyReferrer: data.get('notify') === 'yes' });
    } catch {
      // Shown below.
    }
  }
  const refusedField = decline.error instanceof ApiError && decline.error.field && decline.error.field in ids ? decline.error.field : null;
  const errors: Partial<Record<string, string>> = { ...missing, ...(refusedField && decline.error ? { [refusedField]: errorMessage(decline.error) } : {}) };
  return (
    <form className="panel page-section" aria-labelledby="decline-title" noValidate onSubmit={(e) => void submit(e)}>
      <h2 id="decline-title" className="section-title">
        {t('referrals.decline.title')}
      </h2>
      <ErrorSummary items={summaryOf(errors, ids)} focusKey={failedAttempts} refusal={decline.error} />
      <RadioGroupField
        id={ids.outcome}
        legend={t('referrals.decline.outcome')}
        name="outcome"
        error={errors.outcome}
        options={[
          { value: 'declined', label: t('referrals.decline.declined') },
          { value: 'withdrawn', label: t('referrals.decline.withdrawn') },
        ]}
      />
      <TextAreaField
        id={ids.reason}
        label={t('referrals.decline.reason')}
        hint={t('referrals.decline.reasonHint')}
        name="reason"
        rows={3}
        maxLength={1000}
        error={errors.reason}
      />
      <NotifyField referral={referral} name="notify" />
      {decline.isError && !refusedField ? (
        <p className="field__error" role="alert">
          {errorMessage(decline.error)}
        </p>
      ) : null}
      <div className="button-row">
        <button type="submit" className="button button--secondary" disabled={decline.isPending}>
          {decline.isPending ? t('referrals.decline.saving') : t('referrals.decline.submit')}
        </button>
      </div>
    </form>
  );
}
