import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { paths } from '../../../config/paths.ts';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { useConsultations } from '../api/consultations-api.ts';
import { ageRange, calendarDay } from './labels.ts';
import { dateFormat } from '../../../i18n/dates.ts';

export function ConsultationList() {
  const consultations = useConsultations();
  const { t } = useTranslation();
  const day = dateFormat('day');
  return (
    <section aria-labelledby="consultations-title">
      <h2 id="consultations-title" className="section-title">
        {t('consultations.list.title')}
      </h2>
      {consultations.isPending ? (
        <Loading label={t('consultations.list.loading')} />
      ) : consultations.isError ? (
        <Alert tone="error" title={t('consultations.list.loadFailed')}>
          {errorMessage(consultations.error)}
        </Alert>
      ) : consultations.data.items.length === 0 ? (
        <p className="muted">{t('consultations.list.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">{t('consultations.list.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('consultations.list.question')}</th>
                <th scope="col">{t('consultations.forAges')}</th>
                <th scope="col">{t('consultations.open')}</th>
                <th scope="col">{t('consultations.statusLabel')}</th>
                <th scope="col">{t('consultations.list.answers')}</th>
              </tr>
            </thead>
            <tbody>
              {consultations.data.items.map((item) => (
                <tr key={item.id}>
                  <td data-label={t('consultations.list.question')}>
                    <Link to={paths.consultations.detail.getHref(item.id)}>{item.question}</Link>
                  </td>
                  <td data-label={t('consultations.forAges')}>{ageRange(t, item.minAge, item.maxAge)}</td>
                  <td data-label={t('consultations.open')} className="nowrap">
                    {t('consultations.dates', { opens: day.format(calendarDay(item.opensOn)), closes: day.format(calendarDay(item.closesOn)) })}
                  </td>
                  <td data-label={t('consultations.statusLabel')}>{t(`consultations.status.${item.status}`)}</td>
                  <td data-label={t('consultations.list.answers')}>{item.results.shown ? item.results.total : t('consultations.list.fewerThanFive')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
