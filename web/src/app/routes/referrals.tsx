import { Page } from '../../components/ui/page.tsx';
import { ReferralList } from '../../features/referrals/components/referral-list.tsx';
import { ReferralSettings } from '../../features/referrals/components/referral-settings.tsx';
import { isAdmin, useCurrentUser } from '../../lib/session.ts';

export function ReferralsRoute() {
  const admin = isAdmin(useCurrentUser());
  return (
    <Page title="Referrals" lead={<p>Referrals sent from the public form at /refer, by young carers, parents and professionals. Open one to compare it with existing records, then accept or decline it.</p>}>
      <ReferralList />
      <ReferralSettings canEdit={admin} />
    </Page>
  );
}
