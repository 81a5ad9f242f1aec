import { recordAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import type { AppDeps } from '../deps.ts';
import { getDashboardReport } from './get-dashboard-report.ts';
import { renderReportCsv } from './report-csv.ts';
import { renderReportPdf } from './report-pdf.ts';
import type { ReportQuery } from './schemas.ts';

/**
 * GET /api/reports/dashboard.csv and .pdf (admins). Every export is audited
 * (format and months, nothing else), after the file is made, so a failed
 * render leaves no event for a file nobody got.
 */
export async function exportDashboardReport(
  deps: Pick<AppDeps, 'db' | 'clock' | 'scanCounter' | 'branding' | 'auditSigner'>,
  options: { context: AuditContext; format: 'csv' | 'pdf'; query: ReportQuery },
): Promise<{ body: string | Buffer; day: string }> {
  const { context, format, query } = options;
  const report = await getDashboardReport(deps, query);
  const body = format === 'csv' ? renderReportCsv(report) : await renderReportPdf(report);
  await recordAuditEvent(deps, context, {
    action: format === 'csv' ? 'report.csv' : 'report.pdf',
    details: { months: report.months.length, from: report.months[0], to: report.months[report.months.length - 1] },
  });
  return { body, day: report.generatedAt.slice(0, 10) };
}
