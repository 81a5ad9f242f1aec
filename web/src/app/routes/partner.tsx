import { Link, useParams } from 'react-router';
import { Alert } from '../../components/ui/alert.tsx';
import { FlashNotice } from '../../components/ui/flash-notice.tsx';
import { Loading } from '../../components/ui/loading.tsx';
import { Page } from '../../components/ui/page.tsx';
import { paths } from '../../config/paths.ts';
import { HistorySection } from '../../features/audit/components/record-history.tsx';
import { usePartner } from '../../features/partners/api/get-partner.ts';
import { PartnerBenefits } from '../../features/partners/components/partner-benefits.tsx';
import { PartnerDetails } from '../../features/partners/components/partner-details.tsx';
import { PartnerKeys } from '../../features/partners/components/partner-keys.tsx';
import { categoryLabel } from '../../features/partners/components/partner-labels.ts';
import { PartnerStatus } from '../../features/partners/components/partner-status.tsx';
import { PartnerVerifyLink } from '../../features/partners/components/partner-verify-link.tsx';
import { useReminderSettings } from '../../features/renewals/api/get-reminder-settings.ts';
import { ApiError, errorMessage } from '../../lib/api-client.ts';
import { isAdmin, useCurrentUser } from '../../lib/session.ts';

/** One partner: details, its verify link, benefits and, for admins, its status and API keys. */
export function PartnerRoute() {
  const { id = '' } = useParams();
  const partner = usePartner(id);
  const admin = isAdmin(useCurrentUser());
  // Whether the server can send email: without it, no email button is offered (as for young carers' invitations).
  const emailEnabled = useReminderSettings().data?.emailEnabled;

  if (partner.isPending) {
    return (
      <Page title="Partner">
        <Loading label="Loading the partner…" />
      </Page>
    );
  }
  if (partner.isError) {
    const notFound = partner.error instanceof ApiError && partner.error.status === 404;
    return (
      <Page title={notFound ? 'Partner not found' : 'Partner'}>
        <Alert tone="error" title={notFound ? undefined : 'Could not load the partner'}>
          <p>{notFound ? 'There is no partner with this address.' : errorMessage(partner.error)}</p>
          {notFound ? null : (
            <button type="button" className="button button--secondary" onClick={() => void partner.refetch()}>
              Try again
            </button>
          )}
        </Alert>
        <p>
          <Link to={paths.partners.list.getHref()}>Back to partners</Link>
        </p>
      </Page>
    );
  }

  const data = partner.data;
  return (
    <Page
      title={data.name}
      lead={
        <p>
          {categoryLabel[data.category]}
          {data.area ? ` · ${data.area}` : ''} · <Link to={paths.partners.list.getHref()}>All partners</Link>
        </p>
      }
    >
      <FlashNotice />
      <PartnerDetails partner={data} canEdit={admin} />
      <PartnerVerifyLink partner={data} emailEnabled={emailEnabled} />
      <PartnerBenefits partner={data} canEdit={admin} />
      {admin ? (
        <>
          <PartnerKeys partner={data} />
          <PartnerStatus partner={data} />
          <HistorySection
            entityType="partner"
            entityId={data.id}
            refreshKey={partner.dataUpdatedAt}
            showLogLink
            caption={`History of ${data.name}, newest first`}
            lead="Who added or changed this partner, its benefits and its keys, newest first."
          />
        </>
      ) : null}
    </Page>
  );
}
