import { Link } from 'react-router';
import type { HolderDetail } from '../../../../../api/src/holders/schemas.ts';
import { paths } from '../../../config/paths.ts';
import { ageOn, formatCalendarDate, formatDateTime } from '../../../lib/format-date.ts';
import { consentByLabel, consentMethodLabel, labelOf } from './holder-labels.ts';

const none = <span className="muted">Not given</span>;

/** Everything staff hold about a young carer, the caring situation set apart. */
export function HolderDetails({ holder }: { holder: HolderDetail }) {
  const age = ageOn(holder.dateOfBirth);
  return (
    <section className="panel holder-details" aria-labelledby="holder-details-title">
      <div className="panel__header">
        <h2 id="holder-details-title" className="section-title">
          Details
        </h2>
        <Link className="button button--secondary button--small" to={paths.holders.edit.getHref(holder.id)}>
          Edit<span className="visually-hidden"> details</span>
        </Link>
      </div>
      <dl className="facts">
        <div>
          <dt>Given name</dt>
          <dd>{holder.givenName}</dd>
        </div>
        <div>
          <dt>Family name</dt>
          <dd>{holder.familyName}</dd>
        </div>
        <div>
          <dt>Preferred name</dt>
          <dd>
            {holder.preferredName ? (
              <>
                {holder.preferredName} <span className="muted">(printed on the card)</span>
              </>
            ) : (
              none
            )}
          </dd>
        </div>
        <div>
          <dt>Date of birth</dt>
          <dd>
            {formatCalendarDate(holder.dateOfBirth)}
            {age !== undefined ? <span className="muted"> (age {age})</span> : null}
          </dd>
        </div>
        <div>
          <dt>Contact email</dt>
          <dd className="break-anywhere">{holder.contactEmail ?? none}</dd>
        </div>
        <div>
          <dt>Contact phone</dt>
          <dd>{holder.contactPhone ?? none}</dd>
        </div>
        <div>
          <dt>Reference</dt>
          <dd className="break-anywhere">{holder.reference ?? none}</dd>
        </div>
        <div>
          <dt>Consent</dt>
          <dd>
            {labelOf(consentByLabel, holder.consentBy)}, {labelOf(consentMethodLabel, holder.consentMethod).toLowerCase()},{' '}
            <time dateTime={holder.consentAt}>{formatDateTime(holder.consentAt)}</time>
          </dd>
        </div>
        <div className="facts__wide">
          <dt>Staff notes</dt>
          <dd className="pre-line">{holder.notes || <span className="muted">None</span>}</dd>
        </div>
      </dl>
      <div className="sensitive-note">
        <h3 className="sensitive-note__title">Caring situation</h3>
        <p className="sensitive-note__hint">Staff only. Never printed or shared.</p>
        <p className="pre-line">{holder.caringNote || <span className="muted">Nothing recorded.</span>}</p>
      </div>
      <p className="muted small">
        Registered <time dateTime={holder.createdAt}>{formatDateTime(holder.createdAt)}</time>
        {holder.updatedAt !== holder.createdAt ? (
          <>
            {' '}
            · last changed <time dateTime={holder.updatedAt}>{formatDateTime(holder.updatedAt)}</time>
          </>
        ) : null}
      </p>
    </section>
  );
}
