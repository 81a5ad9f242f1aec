import { useTranslation } from '../../../i18n/use-translation.ts';
import { WithQueries } from '../query-provider.tsx';
import { PublicLayout } from '../../components/public-layout.tsx';
import { YouSaidWeDidPage } from '../../features/have-your-say/components/you-said-we-did-page.tsx';

export function YouSaidWeDidRoute() {
  const { t } = useTranslation();
  return (
    <WithQueries>
      <PublicLayout title={t('app.titles.youSaidWeDid')} audience="young-carer" lead={<p>{t('app.titles.youSaidWeDidLead')}</p>}>
        <YouSaidWeDidPage />
      </PublicLayout>
    </WithQueries>
  );
}
