import { csvLine, UTF8_BOM } from '../exports/csv-line.ts';
import type { DashboardReport, ReportCount } from './schemas.ts';

/** How a published count reads in a file a funder opens. */
export function countText(count: ReportCount): string {
  return count === '<5' ? 'fewer than 5' : count === 'hidden' ? 'hidden' : String(count);
}

/** The report as one CSV file: a titled block per table, a blank line between them, the definitions and the rule at the end. */
export function renderReportCsv(report: DashboardReport): string {
  const lines: string[] = [];
  const block = (title: string, header: string[], rows: (string | number)[][]) => {
    lines.push(csvLine([title]), csvLine(header), ...rows.map((row) => csvLine(row)), csvLine([]));
  };
  lines.push(csvLine([`${report.organisation}: young carer cards report`]), csvLine(['Made', report.generatedAt]), csvLine([]));
  block(
    'Cards by month',
    ['Month', 'Active (nearest 10)', 'Issued', 'Renewed', 'Expiring', 'Ended'],
    report.cards.map((r) => [r.month, countText(r.active), countText(r.issued), countText(r.renewed), countText(r.expiring), countText(r.ended)]),
  );
  block('Young carers by age band', ['Age band', 'Young carers'], report.ageBands.map((r) => [r.band, countText(r.count)]));
  block('Young carers by area', ['Area', 'Young carers'], report.areas.map((r) => [r.area, countText(r.count)]));
  block('Verify checks by partner and month', ['Partner', ...report.months], report.verifyChecks.map((r) => [r.partner, ...r.months.map(countText)]));
  block(
    'Referrals by month',
    ['Month', 'Received', 'Accepted', 'Declined', 'Withdrawn'],
    report.referrals.map((r) => [r.month, countText(r.received), countText(r.accepted), countText(r.declined), countText(r.withdrawn)]),
  );
  block('Definitions', ['Term', 'Meaning'], report.definitions.map((d) => [d.term, d.meaning]));
  lines.push(csvLine(['Small numbers']), csvLine([report.suppressionRule]));
  return UTF8_BOM + lines.join('');
}
