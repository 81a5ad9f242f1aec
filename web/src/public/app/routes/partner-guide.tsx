import { useTranslation } from '../../../i18n/use-translation.ts';
import { PublicLayout } from '../../components/public-layout.tsx';
import { PartnerGuide } from '../../features/partner-guide/components/partner-guide.tsx';

export function PartnerGuideRoute() {
  const { t } = useTranslation();
  return (
    <PublicLayout title={t('app.titles.partnerGuide')}>
      <PartnerGuide />
    </PublicLayout>
  );
}
