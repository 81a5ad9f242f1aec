import { Link } from 'react-router';
import type { PartnerSummary } from '../../../../../api/src/partners/schemas.ts';
import { paths } from '../../../config/paths.ts';
import { categoryLabel } from './partner-labels.ts';
import { PartnerStatusBadge } from './partner-status-badge.tsx';

export function PartnersTable({ partners }: { partners: PartnerSummary[] }) {
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">Partners, active first</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Category</th>
            <th scope="col">Area</th>
            <th scope="col">Status</th>
            <th scope="col">Benefits</th>
          </tr>
        </thead>
        <tbody>
          {partners.map((partner) => {
            const paused = partner.benefitCount - partner.activeBenefitCount;
            return (
              <tr key={partner.id}>
                <th scope="row" data-label="Name">
                  <Link to={paths.partners.detail.getHref(partner.id)}>{partner.name}</Link>
                </th>
                <td data-label="Category">{categoryLabel[partner.category]}</td>
                <td data-label="Area">{partner.area || <span className="muted">–</span>}</td>
                <td data-label="Status">
                  <PartnerStatusBadge active={partner.active} />
                </td>
                <td data-label="Benefits">
                  {partner.benefitCount === 0 ? (
                    <span className="muted">None yet</span>
                  ) : (
                    <>
                      {partner.benefitCount.toLocaleString('en-GB')}
                      {paused > 0 ? <span className="cell-note">{paused.toLocaleString('en-GB')} paused</span> : null}
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
