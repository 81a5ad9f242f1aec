import { Link } from 'react-router';
import type { PartnerView } from '../../../../../api/src/partners/schemas.ts';
import { paths } from '../../../config/paths.ts';
import { formatDateTime } from '../../../lib/format-date.ts';
import { categoryLabel, partnerStatusDescription } from './partner-labels.ts';
import { PartnerStatusBadge } from './partner-status-badge.tsx';

const none = <span className="muted">Not given</span>;

/** Everything staff hold about a partner, the staff-only contact set apart. */
export function PartnerDetails({ partner, canEdit }: { partner: PartnerView; canEdit: boolean }) {
  return (
    <section className="panel" aria-labelledby="partner-details-title">
      <div className="panel__header">
        <h2 id="partner-details-title" className="section-title">
          Details
        </h2>
        {canEdit ? (
          <Link className="button button--secondary button--small" to={paths.partners.edit.getHref(partner.id)}>
            Edit<span className="visually-hidden"> details</span>
          </Link>
        ) : null}
      </div>
      <dl className="facts">
        <div>
          <dt>Status</dt>
          <dd>
            <PartnerStatusBadge active={partner.active} />
            <span className="fact-note">{partnerStatusDescription[partner.active ? 'active' : 'inactive']}</span>
          </dd>
        </div>
        <div>
          <dt>Category</dt>
          <dd>{categoryLabel[partner.category]}</dd>
        </div>
        <div>
          <dt>Area</dt>
          <dd>{partner.area || none}</dd>
        </div>
        <div>
          <dt>Address</dt>
          <dd>{partner.address || none}</dd>
        </div>
        <div>
          <dt>Website</dt>
          <dd className="break-anywhere">
            {partner.website ? (
              <a href={partner.website} target="_blank" rel="noopener noreferrer">
                {partner.website}
                <span className="visually-hidden"> (opens in a new tab)</span>
              </a>
            ) : (
              none
            )}
          </dd>
        </div>
      </dl>
      <div className="sensitive-note">
        <h3 className="sensitive-note__title">Contact</h3>
        <p className="sensitive-note__hint">Staff only, never shown publicly.</p>
        <dl className="facts facts--compact">
          <div>
            <dt>Name</dt>
            <dd>{partner.contactName || none}</dd>
          </div>
          <div>
            <dt>Email</dt>
            <dd className="break-anywhere">
              {partner.contactEmail ? <a href={`mailto:${partner.contactEmail}`}>{partner.contactEmail}</a> : none}
            </dd>
          </div>
          <div>
            <dt>Phone</dt>
            <dd>{partner.contactPhone || none}</dd>
          </div>
        </dl>
      </div>
      <p className="muted small">
        Added <time dateTime={partner.createdAt}>{formatDateTime(partner.createdAt)}</time>
        {partner.updatedAt !== partner.createdAt ? (
          <>
            {' '}
            · last changed <time dateTime={partner.updatedAt}>{formatDateTime(partner.updatedAt)}</time>
          </>
        ) : null}
      </p>
    </section>
  );
}
