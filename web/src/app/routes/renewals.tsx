import { Page } from '../../components/ui/page.tsx';
import { ReminderSettings } from '../../features/renewals/components/reminder-settings.tsx';
import { RenewalList } from '../../features/renewals/components/renewal-list.tsx';
import { RetentionSettings } from '../../features/retention/components/retention-settings.tsx';
import { isAdmin, useCurrentUser } from '../../lib/session.ts';
import { useTranslation } from '../../i18n/use-translation.ts';

export function RenewalsRoute() {
  const { t } = useTranslation();
  const admin = isAdmin(useCurrentUser());
  return (
    <Page
      title={t('app.renewals.title')}
      lead={t('app.renewals.lead')}
    >
      <RenewalList />
      <ReminderSettings canEdit={admin} />
      <RetentionSettings canEdit={admin} />
    </Page>
  );
}
