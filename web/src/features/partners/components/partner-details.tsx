import { Link } from 'react-router';
import type { PartnerView } from '../../../../../api/src/partners/schemas.ts';
import { paths } from '../../../config/paths.ts';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { categoryName, formatMoment, partnerStatusDescription } from './partner-labels.ts';
import { PartnerStatusBadge } from './partner-status-badge.tsx';

/** Everything staff hold about a partner, the staff-only contact set apart. */
export function PartnerDetails({ partner, canEdit }: { partner: PartnerView; canEdit: boolean }) {
  const { t } = useTranslation();
  const none = <span className="muted">{t('partners.details.notGiven')}</span>;
  return (
    <section className="panel" aria-labelledby="partner-details-title">
      <div className="panel__header">
        <h2 id="partner-details-title" className="section-title">
          {t('partners.details.title')}
        </h2>
        {canEdit ? (
          <Link className="button button--secondary button--small" to={paths.partners.edit.getHref(partner.id)}>
            {t('partners.edit')}
            <span className="visually-hidden"> {t('partners.details.editHidden')}</span>
          </Link>
        ) : null}
      </div>
      <dl className="facts">
        <div>
          <dt>{t('partners.fields.status')}</dt>
          <dd>
            <PartnerStatusBadge active={partner.active} />
            <span className="fact-note">{partnerStatusDescription(partner.active ? 'active' : 'inactive')}</span>
          </dd>
        </div>
        <div>
          <dt>{t('partners.fields.category')}</dt>
          <dd>{categoryName(partner.category)}</dd>
        </div>
        <div>
          <dt>{t('partners.fields.area')}</dt>
          <dd>{partner.area || none}</dd>
        </div>
        <div>
          <dt>{t('partners.fields.address')}</dt>
          <dd>{partner.address || none}</dd>
        </div>
        <div>
          <dt>{t('partners.fields.website')}</dt>
          <dd className="break-anywhere">
            {partner.website ? (
              <a href={partner.website} target="_blank" rel="noopener noreferrer">
                {partner.website}
                <span className="visually-hidden"> {t('partners.details.newTab')}</span>
              </a>
            ) : (
              none
            )}
          </dd>
        </div>
      </dl>
      <div className="sensitive-note">
        <h3 className="sensitive-note__title">{t('partners.details.contact')}</h3>
        <p className="sensitive-note__hint">{t('partners.details.contactHint')}</p>
        <dl className="facts facts--compact">
          <div>
            <dt>{t('partners.fields.name')}</dt>
            <dd>{partner.contactName || none}</dd>
          </div>
          <div>
            <dt>{t('partners.details.email')}</dt>
            <dd className="break-anywhere">
              {partner.contactEmail ? <a href={`mailto:${partner.contactEmail}`}>{partner.contactEmail}</a> : none}
            </dd>
          </div>
          <div>
            <dt>{t('partners.details.phone')}</dt>
            <dd>{partner.contactPhone || none}</dd>
          </div>
        </dl>
      </div>
      <p className="muted small">
        {t('partners.details.added')} <time dateTime={partner.createdAt}>{formatMoment(partner.createdAt)}</time>
        {partner.updatedAt !== partner.createdAt ? (
          <>
            {' '}
            · {t('partners.details.changed')} <time dateTime={partner.updatedAt}>{formatMoment(partner.updatedAt)}</time>
          </>
        ) : null}
      </p>
    </section>
  );
}
