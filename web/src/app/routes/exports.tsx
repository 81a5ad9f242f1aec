import { Page } from '../../components/ui/page.tsx';
import { ExportData } from '../../features/imports/components/export-data.tsx';
import { useTranslation } from '../../i18n/use-translation.ts';

export function ExportsRoute() {
  const { t } = useTranslation();
  return (
    <Page title={t('app.exports.title')} lead={t('app.exports.lead')}>
      <ExportData />
    </Page>
  );
}
