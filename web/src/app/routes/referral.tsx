import { Link, useParams } from 'react-router';
import { Alert } from '../../components/ui/alert.tsx';
import { Loading } from '../../components/ui/loading.tsx';
import { Page } from '../../components/ui/page.tsx';
import { paths } from '../../config/paths.ts';
import { useReferral } from '../../features/referrals/api/get-referral.ts';
import { ReferralReview } from '../../features/referrals/components/referral-review.tsx';
import { ApiError, errorMessage } from '../../lib/api-client.ts';
import { fullName } from '../../lib/format-name.ts';

/** One referral, to review: what it says, possible existing records, accept or decline. */
export function ReferralRoute() {
  const { id = '' } = useParams();
  const referral = useReferral(id);
  const back = (
    <p>
      <Link to={paths.referrals.list.getHref()}>Back to referrals</Link>
    </p>
  );
  if (referral.isPending) {
    return (
      <Page title="Referral">
        <Loading label="Loading the referral…" />
      </Page>
    );
  }
  if (referral.isError) {
    const notFound = referral.error instanceof ApiError && referral.error.status === 404;
    return (
      <Page title={notFound ? 'Referral not found' : 'Referral'}>
        <Alert tone="error">
          <p>{notFound ? 'There is no referral with this address.' : errorMessage(referral.error)}</p>
        </Alert>
        {back}
      </Page>
    );
  }
  const data = referral.data;
  return (
    <Page title={data.givenName ? `Referral of ${fullName(data)}` : `Referral ${data.reference}`} lead={
        <>
          <p>Reference {data.reference}</p>
          <p className="audit-note">Viewing this referral is logged.</p>
        </>
      }>
      <ReferralReview referral={data} />
      {back}
    </Page>
  );
}
