import { Alert } from '../../../components/ui/alert.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { formatDateTime } from '../../../lib/format-date.ts';
import { useEndMySession, useMySessions, useSignOutEverywhere } from '../api/my-sessions.ts';
import { useTranslation } from '../../../i18n/use-translation.ts';

/** Where the signed-in person is signed in: end one, or all of them at once. */
export function MySessions() {
  const { t } = useTranslation();
  const sessions = useMySessions();
  const endOne = useEndMySession();
  const everywhere = useSignOutEverywhere();
  const error = sessions.error ?? endOne.error ?? everywhere.error;

  return (
    <div className="stack">
      {error ? <Alert tone="error" title={t('account.sessions.failed')}>{errorMessage(error)}</Alert> : null}
      {sessions.data ? (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">{t('account.sessions.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('account.sessions.browser')}</th>
                <th scope="col">{t('account.sessions.signedIn')}</th>
                <th scope="col">{t('account.sessions.lastUsed')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('account.sessions.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {sessions.data.items.map((s) => (
                <tr key={s.id}>
                  <td>
                    {s.userAgent ?? t('account.sessions.unknown')}
                    {s.current ? <strong> {t('account.sessions.current')}</strong> : null}
                  </td>
                  <td>{formatDateTime(s.createdAt)}</td>
                  <td>{formatDateTime(s.lastUsedAt)}</td>
                  <td>
                    {s.current ? null : (
                      <button type="button" className="button button--small button--danger-outline" disabled={endOne.isPending} onClick={() => endOne.mutate(s.id)}>
                        {t('account.sessions.end')}<span className="visually-hidden"> {t('account.sessions.endHidden', { when: formatDateTime(s.createdAt) })}</span>
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
          {everywhere.isPending ? t('account.sessions.signingOut') : t('account.sessions.everywhere')}
        </button>
      </div>
    </div>
  );
}
