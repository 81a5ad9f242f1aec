import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { paths } from '../../../config/paths.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { formatCalendarDate } from '../../../lib/format-date.ts';
import { useConsultations } from '../api/consultations-api.ts';
import { statusLabels } from './labels.ts';

export function ConsultationList() {
  const consultations = useConsultations();
  return (
    <section aria-labelledby="consultations-title">
      <h2 id="consultations-title" className="section-title">
        Questions asked
      </h2>
      {consultations.isPending ? (
        <Loading label="Loading the questions…" />
      ) : consultations.isError ? (
        <Alert tone="error" title="Could not load the questions">
          {errorMessage(consultations.error)}
        </Alert>
      ) : consultations.data.items.length === 0 ? (
        <p className="muted">No questions yet. Ask the first one below.</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">Questions asked</caption>
            <thead>
              <tr>
                <th scope="col">Question</th>
                <th scope="col">For ages</th>
                <th scope="col">Open</th>
                <th scope="col">Status</th>
                <th scope="col">Answers</th>
              </tr>
            </thead>
            <tbody>
              {consultations.data.items.map((item) => (
                <tr key={item.id}>
                  <td data-label="Question">
                    <Link to={paths.consultations.detail.getHref(item.id)}>{item.question}</Link>
                  </td>
                  <td data-label="For ages">{ageRange(item.minAge, item.maxAge)}</td>
                  <td data-label="Open" className="nowrap">
                    {formatCalendarDate(item.opensOn)} to {formatCalendarDate(item.closesOn)}
                  </td>
                  <td data-label="Status">{statusLabels[item.status]}</td>
                  <td data-label="Answers">{item.results.shown ? item.results.total : 'Fewer than 5'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export function ageRange(minAge: number | null, maxAge: number | null): string {
  if (minAge === null && maxAge === null) return 'Everyone';
  if (maxAge === null) return `${minAge} and over`;
  if (minAge === null) return `Up to ${maxAge}`;
  return `${minAge} to ${maxAge}`;
}
