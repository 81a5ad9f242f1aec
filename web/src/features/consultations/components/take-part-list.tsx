import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { paths } from '../../../config/paths.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { formatDate } from '../../../lib/format-date.ts';
import { useMarkFollowedUp, useTakePart } from '../api/consultations-api.ts';
import { contactLabels } from './labels.ts';

/** Young carers who would like to join design groups and events, with how they want to be contacted. */
export function TakePartList() {
  const list = useTakePart();
  const follow = useMarkFollowedUp();
  return (
    <section className="panel" aria-labelledby="take-part-title">
      <h2 id="take-part-title" className="section-title">
        Would like to take part
      </h2>
      {list.isPending ? (
        <Loading label="Loading…" />
      ) : list.isError ? (
        <Alert tone="error">{errorMessage(list.error)}</Alert>
      ) : list.data.items.length === 0 ? (
        <p className="muted">Nobody has asked yet.</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">Young carers who would like to take part</caption>
            <thead>
              <tr>
                <th scope="col">Young carer</th>
                <th scope="col">Contact by</th>
                <th scope="col">Asked</th>
                <th scope="col">Followed up</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((item) => (
                <tr key={item.id}>
                  <td data-label="Young carer">
                    <Link to={paths.holders.detail.getHref(item.holder.id)}>
                      {item.holder.preferredName ?? item.holder.givenName} {item.holder.familyName}
                    </Link>
                  </td>
                  <td data-label="Contact by">{item.contactBy.map((method) => contactLabels[method]).join(', ')}</td>
                  <td data-label="Asked">{formatDate(item.createdAt)}</td>
                  <td data-label="Followed up">
                    {item.followedUpAt ? (
                      formatDate(item.followedUpAt)
                    ) : (
                      <button type="button" className="button button--secondary" disabled={follow.isPending} onClick={() => follow.mutate(item.id)}>
                        Mark followed up
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {follow.isError ? <Alert tone="error">{errorMessage(follow.error)}</Alert> : null}
    </section>
  );
}
