import { useTranslation } from '../../../i18n/use-translation.ts';
import { WithQueries } from '../query-provider.tsx';
import { PublicLayout } from '../../components/public-layout.tsx';
import { MyDataPage } from '../../features/my-card/components/my-data-page.tsx';

export function MyDataRoute() {
  const { t } = useTranslation();
  return (
    <WithQueries>
      <PublicLayout title={t('app.titles.myData')} audience="young-carer">
        <MyDataPage />
      </PublicLayout>
    </WithQueries>
  );
}
