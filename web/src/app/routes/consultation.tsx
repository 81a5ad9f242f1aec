import { Link, useParams } from 'react-router';
import { Alert } from '../../components/ui/alert.tsx';
import { Loading } from '../../components/ui/loading.tsx';
import { Page } from '../../components/ui/page.tsx';
import { paths } from '../../config/paths.ts';
import { useConsultation } from '../../features/consultations/api/consultations-api.ts';
import { ConsultationDetail } from '../../features/consultations/components/consultation-detail.tsx';
import { errorMessage } from '../../lib/api-client.ts';
import { useTranslation } from '../../i18n/use-translation.ts';

/** One question: its counts and chart (from 5 answers), the card designs, and answers given to staff. */
export function ConsultationRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const consultation = useConsultation(id);
  const back = (
    <p>
      <Link to={paths.consultations.list.getHref()}>{t('app.consultation.back')}</Link>
    </p>
  );
  if (consultation.isPending) return <Loading label={t('app.consultation.loading')} />;
  if (consultation.isError) {
    return (
      <Page title={t('app.consultation.title')}>
        <Alert tone="error" title={t('app.consultation.loadError')}>
          {errorMessage(consultation.error)}
        </Alert>
        {back}
      </Page>
    );
  }
  return (
    <Page title={consultation.data.question} lead={back}>
      <ConsultationDetail consultation={consultation.data} />
    </Page>
  );
}
