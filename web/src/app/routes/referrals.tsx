import { Page } from '../../components/ui/page.tsx';
import { ReferralList } from '../../features/referrals/components/referral-list.tsx';

export function ReferralsRoute() {
  return (
    <Page title="Referrals" lead={<p>Referrals sent from the public form at /refer, by young carers, parents and professionals. Open one to compare it with existing records, then accept or decline it.</p>}>
      <ReferralList />
    </Page>
  );
}
