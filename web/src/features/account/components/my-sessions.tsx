import { Alert } from '../../../components/ui/alert.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { formatDateTime } from '../../../lib/format-date.ts';
import { useEndMySession, useMySessions, useSignOutEverywhere } from '../api/my-sessions.ts';

/** Where the signed-in person is signed in: end one, or all of them at once. */
export function MySessions() {
  const sessions = useMySessions();
  const endOne = useEndMySession();
  const everywhere = useSignOutEverywhere();
  const error = sessions.error ?? endOne.error ?? everywhere.error;

  return (
    <div className="stack">
      {error ? <Alert tone="error" title="Something went wrong">{errorMessage(error)}</Alert> : null}
      {sessions.data ? (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">Your open sessions</caption>
            <thead>
              <tr>
                <th scope="col">Browser</th>
                <th scope="col">Signed in</th>
                <th scope="col">Last used</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {sessions.data.items.map((s) => (
                <tr key={s.id}>
                  <td>
                    {s.userAgent ?? 'Unknown browser'}
                    {s.current ? <strong> (this one)</strong> : null}
                  </td>
                  <td>{formatDateTime(s.createdAt)}</td>
                  <td>{formatDateTime(s.lastUsedAt)}</td>
                  <td>
                    {s.current ? null : (
                      <button type="button" className="button button--small button--danger-outline" disabled={endOne.isPending} onClick={() => endOne.mutate(s.id)}>
                        End session<span className="visually-hidden"> started {formatDateTime(s.createdAt)}</span>
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <div className="button-row">
        <button type="button" className="button button--danger-outline" disabled={everywhere.isPending} onClick={() => everywhere.mutate()}>
          {everywhere.isPending ? 'Signing out…' : 'Sign out everywhere'}
        </button>
      </div>
    </div>
  );
}
