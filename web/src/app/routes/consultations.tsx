import { Link } from 'react-router';
import { Page } from '../../components/ui/page.tsx';
import { paths } from '../../config/paths.ts';
import { ConsultationList } from '../../features/consultations/components/consultation-list.tsx';
import { NewConsultationForm } from '../../features/consultations/components/new-consultation-form.tsx';
import { useTranslation } from '../../i18n/use-translation.ts';

export function ConsultationsRoute() {
  const { t } = useTranslation();
  return (
    <Page
      title={t('app.consultations.title')}
      lead={
        <p>
          {t('app.consultations.lead')}{' '}
          <Link to={paths.consultations.coProduction.getHref()}>{t('app.coProduction.title')}</Link>.
        </p>
      }
    >
      <ConsultationList />
      <NewConsultationForm />
    </Page>
  );
}
