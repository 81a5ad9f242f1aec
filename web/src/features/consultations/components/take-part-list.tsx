import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { paths } from '../../../config/paths.ts';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { useMarkFollowedUp, useTakePart } from '../api/consultations-api.ts';
import { dateFormat } from '../../../i18n/dates.ts';

/** Young carers who would like to join design groups and events, with how they want to be contacted. */
export function TakePartList() {
  const list = useTakePart();
  const follow = useMarkFollowedUp();
  const { t } = useTranslation();
  const day = dateFormat('day');
  return (
    <section className="panel" aria-labelledby="take-part-title">
      <h2 id="take-part-title" className="section-title">
        {t('consultations.takePartList.title')}
      </h2>
      {list.isPending ? (
        <Loading label={t('consultations.loading')} />
      ) : list.isError ? (
        <Alert tone="error">{errorMessage(list.error)}</Alert>
      ) : list.data.items.length === 0 ? (
        <p className="muted">{t('consultations.takePartList.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">{t('consultations.takePartList.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('consultations.takePartList.youngCarer')}</th>
                <th scope="col">{t('consultations.takePartList.contactBy')}</th>
                <th scope="col">{t('consultations.takePartList.asked')}</th>
                <th scope="col">{t('consultations.takePartList.followedUp')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((item) => (
                <tr key={item.id}>
                  <td data-label={t('consultations.takePartList.youngCarer')}>
                    <Link to={paths.holders.detail.getHref(item.holder.id)}>
                      {item.holder.preferredName ?? item.holder.givenName} {item.holder.familyName}
                    </Link>
                  </td>
                  <td data-label={t('consultations.takePartList.contactBy')}>{item.contactBy.map((method) => t(`consultations.contact.${method}`)).join(', ')}</td>
                  <td data-label={t('consultations.takePartList.asked')}>{day.format(new Date(item.createdAt))}</td>
                  <td data-label={t('consultations.takePartList.followedUp')}>
                    {item.followedUpAt ? (
                      day.format(new Date(item.followedUpAt))
                    ) : (
                      <button type="button" className="button button--secondary" disabled={follow.isPending} onClick={() => follow.mutate(item.id)}>
                        {t('consultations.takePartList.mark')}
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
