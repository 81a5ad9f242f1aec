import { Link, useParams } from 'react-router';
import { Alert } from '../../components/ui/alert.tsx';
import { Loading } from '../../components/ui/loading.tsx';
import { Page } from '../../components/ui/page.tsx';
import { paths } from '../../config/paths.ts';
import { useReferral } from '../../features/referrals/api/get-referral.ts';
import { ReferralReview } from '../../features/referrals/components/referral-review.tsx';
import { ApiError, errorMessage } from '../../lib/api-client.ts';
import { fullName } from '../../lib/format-name.ts';
import { useTranslation } from '../../i18n/use-translation.ts';

/** One referral, to review: what it says, possible existing records, accept or decline. */
export function ReferralRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const referral = useReferral(id);
  const back = (
    <p>
      <Link to={paths.referrals.list.getHref()}>{t('app.referral.back')}</Link>
    </p>
  );
  if (referral.isPending) {
    return (
      <Page title={t('app.referral.title')}>
        <Loading label={t('app.referral.loading')} />
      </Page>
    );
  }
  if (referral.isError) {
    const notFound = referral.error instanceof ApiError && referral.error.status === 404;
    return (
      <Page title={notFound ? t('app.referral.notFound') : t('app.referral.title')}>
        <Alert tone="error">
          <p>{notFound ? t('app.referral.none') : errorMessage(referral.error)}</p>
        </Alert>
        {back}
      </Page>
    );
  }
  const data = referral.data;
  return (
    <Page title={data.givenName ? t('app.referral.of', { name: fullName(data) }) : t('app.referral.numbered', { reference: data.reference })} lead={
        <>
          <p>{t('app.referral.reference', { reference: data.reference })}</p>
          <p className="audit-note">{t('app.referral.logged')}</p>
        </>
      }>
      <ReferralReview referral={data} />
      {back}
    </Page>
  );
}
