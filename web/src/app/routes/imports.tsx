import { Page } from '../../components/ui/page.tsx';
import { ImportUpload } from '../../features/imports/components/import-upload.tsx';
import { useTranslation } from '../../i18n/use-translation.ts';

export function ImportsRoute() {
  const { t } = useTranslation();
  return (
    <Page
      title={t('app.imports.title')}
      lead={t('app.imports.lead')}
    >
      <ImportUpload />
    </Page>
  );
}
