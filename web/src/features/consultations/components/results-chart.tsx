import type { ConsultationResults } from '../../../../../api/src/consultations/schemas.ts';
import { channelLabels } from './labels.ts';

/**
 * The counts as a table whose rows carry a bar each: one element is both the
 * chart and its text alternative (screen readers read the numbers; the bars
 * are hidden from them). Under 5 answers in all, nothing is counted.
 */
export function ResultsChart({ results, caption }: { results: ConsultationResults; caption: string }) {
  if (!results.shown || results.total === null) {
    return (
      <p className="muted" data-testid="results-hidden">
        Fewer than 5 answers so far. Counts appear from 5 answers, so a small group’s answers cannot be told apart.
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
            <th scope="col">Answer</th>
            <th scope="col">Count</th>
            <th scope="col">Share</th>
          </tr>
        </thead>
        <tbody>
          {results.options.map((option) => (
            <tr key={option.optionId}>
              <th scope="row">{option.label}</th>
              <td className="nowrap">{option.count}</td>
              <td className="results-chart__bar-cell">
                <span className="results-chart__bar" aria-hidden="true" style={{ width: `${percent(option.count ?? 0)}%` }} />
                <span className="results-chart__percent">{percent(option.count ?? 0)}%</span>
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">All answers</th>
            <td>{total}</td>
            <td />
          </tr>
        </tfoot>
      </table>
      <p className="muted">
        How they answered:{' '}
        {results.channels
          .filter((channel) => (channel.count ?? 0) > 0)
          .map((channel) => `${channelLabels[channel.channel]} ${channel.count}`)
          .join(' · ')}
      </p>
    </>
  );
}
