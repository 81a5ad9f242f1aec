import { Link } from 'react-router';
import type { PartnerSummary } from '../../../../../api/src/partners/schemas.ts';
import { paths } from '../../../config/paths.ts';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { categoryName } from './partner-labels.ts';
import { PartnerStatusBadge } from './partner-status-badge.tsx';

export function PartnersTable({ partners }: { partners: PartnerSummary[] }) {
  const { t, locale } = useTranslation();
  const number = (n: number) => n.toLocaleString(locale);
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">{t('partners.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('partners.fields.name')}</th>
            <th scope="col">{t('partners.fields.category')}</th>
            <th scope="col">{t('partners.fields.area')}</th>
            <th scope="col">{t('partners.fields.status')}</th>
            <th scope="col">{t('partners.table.benefits')}</th>
          </tr>
        </thead>
        <tbody>
          {partners.map((partner) => {
            const paused = partner.benefitCount - partner.activeBenefitCount;
            return (
              <tr key={partner.id}>
                <th scope="row" data-label={t('partners.fields.name')}>
                  <Link to={paths.partners.detail.getHref(partner.id)}>{partner.name}</Link>
                </th>
                <td data-label={t('partners.fields.category')}>{categoryName(partner.category)}</td>
                <td data-label={t('partners.fields.area')}>{partner.area || <span className="muted">–</span>}</td>
                <td data-label={t('partners.fields.status')}>
                  <PartnerStatusBadge active={partner.active} />
                </td>
                <td data-label={t('partners.table.benefits')}>
                  {partner.benefitCount === 0 ? (
                    <span className="muted">{t('partners.table.noBenefits')}</span>
                  ) : (
                    <>
                      {number(partner.benefitCount)}
                      {paused > 0 ? <span className="cell-note">{t('partners.table.paused', { count: paused })}</span> : null}
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
