import type { ConsultationResults } from '../../../../../api/src/consultations/schemas.ts';
import { useTranslation } from '../../../i18n/use-translation.ts';

/**
 * The counts as a table whose rows carry a bar each: one element is both the
 * chart and its text alternative (screen readers read the numbers; the bars
 * are hidden from them). Under 5 answers in all, nothing is counted.
 */
export function ResultsChart({ results, caption }: { results: ConsultationResults; caption: string }) {
  const { t } = useTranslation();
  if (!results.shown || results.total === null) {
    return (
      <p className="muted" data-testid="results-hidden">
        {t('consultations.results.hidden')}
      </p>
    );
  }
  const total = results.total;
  const percent = (count: number) => (total === 0 ? 0 : Math.round((count / total) * 100));
  return (
    <>
      <table className="data-table results-chart">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('consultations.results.answer')}</th>
            <th scope="col">{t('consultations.results.count')}</th>
            <th scope="col">{t('consultations.results.share')}</th>
          </tr>
        </thead>
        <tbody>
          {results.options.map((option) => (
            <tr key={option.optionId}>
              <th scope="row">{option.label}</th>
              <td className="nowrap">{option.count}</td>
              <td className="results-chart__bar-cell">
                <span className="results-chart__bar" aria-hidden="true" style={{ width: `${percent(option.count ?? 0)}%` }} />
                <span className="results-chart__percent">{t('consultations.results.percent', { share: percent(option.count ?? 0) / 100 })}</span>
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('consultations.results.all')}</th>
            <td>{total}</td>
            <td />
          </tr>
        </tfoot>
      </table>
      <p className="muted">
        {t('consultations.results.channels')}{' '}
        {results.channels
          .filter((channel) => (channel.count ?? 0) > 0)
          .map((channel) => `${t(`consultations.channel.${channel.channel}`)} ${channel.count}`)
          .join(' · ')}
      </p>
    </>
  );
}
