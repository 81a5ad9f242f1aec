import { Page } from '../../components/ui/page.tsx';
import { OutboxList } from '../../features/outbox/components/outbox-list.tsx';

export function OutboxRoute() {
  return (
    <Page
      title="Outbox"
      lead="Card invitations, renewal reminders and alerts: sent, on their way, failed (with why), or waiting for staff to pass on. Opening the outbox is logged."
    >
      <OutboxList />
    </Page>
  );
}
