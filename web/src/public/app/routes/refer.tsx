import { useTranslation } from '../../../i18n/use-translation.ts';
import { WithQueries } from '../query-provider.tsx';
import { PublicLayout } from '../../components/public-layout.tsx';
import { ReferPage } from '../../features/referrals/components/refer-page.tsx';

export function ReferRoute() {
  const { t } = useTranslation();
  return (
    <WithQueries>
      <PublicLayout title={t('app.titles.refer')} audience="family">
        <ReferPage />
      </PublicLayout>
    </WithQueries>
  );
}
