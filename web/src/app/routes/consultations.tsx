import { Link } from 'react-router';
import { Page } from '../../components/ui/page.tsx';
import { paths } from '../../config/paths.ts';
import { ConsultationList } from '../../features/consultations/components/consultation-list.tsx';
import { NewConsultationForm } from '../../features/consultations/components/new-consultation-form.tsx';

export function ConsultationsRoute() {
  return (
    <Page
      title="Have your say"
      lead={
        <p>
          Ask young carers what they think: they answer on their own card page, or tell staff by phone, by email or at a group. Suggestions, “you said, we did” and who
          would like to take part are under <Link to={paths.consultations.coProduction.getHref()}>Suggestions and outcomes</Link>.
        </p>
      }
    >
      <ConsultationList />
      <NewConsultationForm />
    </Page>
  );
}
