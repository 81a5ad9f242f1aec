import { Page } from '../../components/ui/page.tsx';
import { ReferralList } from '../../features/referrals/components/referral-list.tsx';
import { ReferralSettings } from '../../features/referrals/components/referral-settings.tsx';
import { isAdmin, useCurrentUser } from '../../lib/session.ts';
import { useTranslation } from '../../i18n/use-translation.ts';

export function ReferralsRoute() {
  const { t } = useTranslation();
  const admin = isAdmin(useCurrentUser());
  return (
    <Page title={t('app.referrals.title')} lead={<p>{t('app.referrals.lead')}</p>}>
      <ReferralList />
      <ReferralSettings canEdit={admin} />
    </Page>
  );
}
