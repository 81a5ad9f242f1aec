import { Page } from '../../components/ui/page.tsx';
import { Dashboard } from '../../features/reports/components/dashboard.tsx';
import { useTranslation } from '../../i18n/use-translation.ts';

export function ReportsRoute() {
  const { t } = useTranslation();
  return (
    <Page
      title={t('app.reports.title')}
      lead={t('app.reports.lead')}
    >
      <Dashboard />
    </Page>
  );
}
