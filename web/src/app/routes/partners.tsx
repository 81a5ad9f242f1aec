import { Link } from 'react-router';
import { Page } from '../../components/ui/page.tsx';
import { paths } from '../../config/paths.ts';
import { PartnerList } from '../../features/partners/components/partner-list.tsx';
import { isAdmin, useCurrentUser } from '../../lib/session.ts';

export function PartnersRoute() {
  const admin = isAdmin(useCurrentUser());
  return (
    <Page
      title="Partners"
      lead="The shops, leisure centres, schools and services that honour the card, and what they offer young carers."
      actions={
        admin ? (
          <>
            <Link className="button button--secondary" to={paths.partners.statistics.getHref()}>
              Scan statistics
            </Link>
            <Link className="button" to={paths.partners.new.getHref()}>
              Add partner
            </Link>
          </>
        ) : undefined
      }
    >
      <PartnerList />
    </Page>
  );
}
