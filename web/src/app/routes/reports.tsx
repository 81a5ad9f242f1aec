import { Page } from '../../components/ui/page.tsx';
import { Dashboard } from '../../features/reports/components/dashboard.tsx';

export function ReportsRoute() {
  return (
    <Page
      title="Reports"
      lead="How many cards, young carers, partner checks and referrals, month by month: counts only, with small numbers held back so that no child can be picked out."
    >
      <Dashboard />
    </Page>
  );
}
