import { Link } from 'react-router';
import { Page } from '../../components/ui/page.tsx';
import { paths } from '../../config/paths.ts';
import { ScanStatistics } from '../../features/partners/components/scan-stats.tsx';
import { useTranslation } from '../../i18n/use-translation.ts';

export function ScanStatisticsRoute() {
  const { t } = useTranslation();
  return (
    <Page
      title={t('app.partners.statistics')}
      lead={
        <>
          <p>
            {t('app.scanStatistics.lead')}
          </p>
          <p>
            <Link to={paths.partners.list.getHref()}>{t('app.partner.back')}</Link>
          </p>
        </>
      }
    >
      <ScanStatistics />
    </Page>
  );
}
