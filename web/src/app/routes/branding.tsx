import { Page } from '../../components/ui/page.tsx';
import { BrandingSettings } from '../../features/branding/components/branding-settings.tsx';
import { useTranslation } from '../../i18n/use-translation.ts';

export function BrandingRoute() {
  const { t } = useTranslation();
  return (
    <Page
      title={t('app.branding.title')}
      lead={t('app.branding.lead')}
    >
      <BrandingSettings />
    </Page>
  );
}
