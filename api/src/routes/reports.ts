import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { signedIn } from '../plugins/auth.ts';
import { exportDashboardReport } from '../reports/export-dashboard-report.ts';
import { getDashboardReport } from '../reports/get-dashboard-report.ts';
import { DashboardReport, ReportQuery } from '../reports/schemas.ts';
import { errorResponses } from '../schemas.ts';
import { PdfResponse, pdfHeaders } from './pdf-response.ts';

const CsvResponse = Type.Unsafe<string>({ type: 'string', description: 'CSV (UTF-8 with a byte order mark)' });

/** The admin dashboard and its exports for funders: counts only, small numbers suppressed. */
const routes: FastifyPluginAsyncTypebox = async (app) => {
  const deps = app.deps;
  const common = { tags: ['reports'], security: [{ bearer: [] }] };
  app.addHook('onRequest', app.requireAdmin);

  app.get(
    '/api/reports/dashboard',
    { schema: { ...common, summary: 'Cards, young carers, verify checks and referrals by month (admins; aggregate, small numbers suppressed)', querystring: ReportQuery, response: { 200: DashboardReport, ...errorResponses } } },
    async (request) => getDashboardReport(deps, request.query),
  );

  app.get(
    '/api/reports/dashboard.csv',
    { schema: { ...common, summary: 'The dashboard as CSV for a funder (admins; audited)', produces: ['text/csv'], querystring: ReportQuery, response: { 200: CsvResponse, ...errorResponses } } },
    async (request, reply) => {
      const file = await exportDashboardReport(deps, { context: signedIn(request), format: 'csv', query: request.query });
      return reply
        .type('text/csv; charset=utf-8')
        .header('cache-control', 'private, no-store')
        .header('content-disposition', `attachment; filename="young-carer-cards-report-${file.day}.csv"`)
        .send(file.body);
    },
  );

  app.get(
    '/api/reports/dashboard.pdf',
    { schema: { ...common, summary: 'The dashboard as a PDF for a funder (admins; audited)', produces: ['application/pdf'], querystring: ReportQuery, response: { 200: PdfResponse, ...errorResponses } } },
    async (request, reply) => {
      const file = await exportDashboardReport(deps, { context: signedIn(request), format: 'pdf', query: request.query });
      return pdfHeaders(reply, `young-carer-cards-report-${file.day}.pdf`).send(file.body);
    },
  );
};

export default routes;
