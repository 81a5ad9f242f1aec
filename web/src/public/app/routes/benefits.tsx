import { useTranslation } from '../../../i18n/use-translation.ts';
import { WithQueries } from '../query-provider.tsx';
import { PublicLayout } from '../../components/public-layout.tsx';
import { BenefitDirectory } from '../../features/directory/components/benefit-directory.tsx';

export function BenefitsRoute() {
  const { t } = useTranslation();
  return (
    <WithQueries>
      <PublicLayout title={t('app.titles.benefits')}>
        <BenefitDirectory />
      </PublicLayout>
    </WithQueries>
  );
}
