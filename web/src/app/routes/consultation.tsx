import { Link, useParams } from 'react-router';
import { Alert } from '../../components/ui/alert.tsx';
import { Loading } from '../../components/ui/loading.tsx';
import { Page } from '../../components/ui/page.tsx';
import { paths } from '../../config/paths.ts';
import { useConsultation } from '../../features/consultations/api/consultations-api.ts';
import { ConsultationDetail } from '../../features/consultations/components/consultation-detail.tsx';
import { errorMessage } from '../../lib/api-client.ts';

/** One question: its counts and chart (from 5 answers), the card designs, and answers given to staff. */
export function ConsultationRoute() {
  const { id = '' } = useParams();
  const consultation = useConsultation(id);
  const back = (
    <p>
      <Link to={paths.consultations.list.getHref()}>Back to Have your say</Link>
    </p>
  );
  if (consultation.isPending) return <Loading label="Loading the question…" />;
  if (consultation.isError) {
    return (
      <Page title="Question">
        <Alert tone="error" title="Could not load the question">
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
