import { Page } from '../../components/ui/page.tsx';
import { ReminderSettings } from '../../features/renewals/components/reminder-settings.tsx';
import { RenewalList } from '../../features/renewals/components/renewal-list.tsx';
import { RetentionSettings } from '../../features/retention/components/retention-settings.tsx';
import { isAdmin, useCurrentUser } from '../../lib/session.ts';

export function RenewalsRoute() {
  const admin = isAdmin(useCurrentUser());
  return (
    <Page
      title="Renewals"
      lead="Cards that run out soon, and whether their young carer has been reminded to renew. Each card gets one reminder, ever."
    >
      <RenewalList />
      <ReminderSettings canEdit={admin} />
      <RetentionSettings canEdit={admin} />
    </Page>
  );
}
