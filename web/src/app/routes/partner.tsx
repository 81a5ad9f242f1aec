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
import { useTranslation } from '../../i18n/use-translation.ts';

/** One partner: details, its verify link, benefits and, for admins, its status and API keys. */
export function PartnerRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const partner = usePartner(id);
  const admin = isAdmin(useCurrentUser());
  // Whether the server can send email: without it, no email button is offered (as for young carers' invitations).
  const emailEnabled = useReminderSettings().data?.emailEnabled;

  if (partner.isPending) {
    return (
      <Page title={t('app.partner.title')}>
        <Loading label={t('app.partner.loading')} />
      </Page>
    );
  }
  if (partner.isError) {
    const notFound = partner.error instanceof ApiError && partner.error.status === 404;
    return (
      <Page title={notFound ? t('app.partner.notFound') : t('app.partner.title')}>
        <Alert tone="error" title={notFound ? undefined : t('app.partner.loadError')}>
          <p>{notFound ? t('app.partner.none') : errorMessage(partner.error)}</p>
          {notFound ? null : (
            <button type="button" className="button button--secondary" onClick={() => void partner.refetch()}>
              {t('app.tryAgain')}
            </button>
          )}
        </Alert>
        <p>
          <Link to={paths.partners.list.getHref()}>{t('app.partner.back')}</Link>
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
          {data.area ? ` · ${data.area}` : ''} · <Link to={paths.partners.list.getHref()}>{t('app.partner.all')}</Link>
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
            caption={t('app.partner.historyCaption', { name: data.name })}
            lead={t('app.partner.historyLead')}
          />
        </>
      ) : null}
    </Page>
  );
}
