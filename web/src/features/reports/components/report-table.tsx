import type { ReportCount } from '../../../../../api/src/reports/schemas.ts';
import { useTranslation, type Translate } from '../../../i18n/use-translation.ts';

/** A published count in words: "fewer than 5", "hidden" (withheld to protect a small one), or the number. */
export function countWords(t: Translate, count: ReportCount): string {
  return count === '<5' ? t('reports.count.fewerThanFive') : count === 'hidden' ? t('reports.count.hidden') : t('reports.count.number', { count });
}

/** The figures of a chart as a table: what a screen reader reads, and what anyone can copy. */
export function ReportTable({ caption, header, rows }: { caption: string; header: string[]; rows: { label: string; cells: ReportCount[] }[] }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="data-table data-table--numbers">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {header.map((heading) => (
              <th key={heading} scope="col">
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {row.cells.map((cell, i) => (
                <td key={header[i + 1] ?? i} data-label={header[i + 1]}>
                  {countWords(t, cell)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
