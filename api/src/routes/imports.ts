import { Readable } from 'node:stream';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { exportCsv } from '../exports/export-csv.ts';
import { ExportParams } from '../exports/schemas.ts';
import { createImport } from '../imports/create-import.ts';
import { getImport } from '../imports/get-import.ts';
import { importReport } from '../imports/import-report.ts';
import { importCards } from '../imports/import-cards.ts';
import { planImportCards } from '../imports/plan-import-cards.ts';
import { startImportCards } from '../imports/start-import-cards.ts';
import { listImportRows } from '../imports/list-import-rows.ts';
import { listImports } from '../imports/list-imports.ts';
import { mapImport } from '../imports/map-import.ts';
import {
  ImportCardsPlan, ImportCardsResult, ImportJobList, ImportJobResponse, ImportRowList, ImportRowParams, ImportRowsQuery, ImportRowView,
  MapImportBody, MAX_IMPORT_BYTES, UpdateImportRowBody,
} from '../imports/schemas.ts';
import { startImport } from '../imports/start-import.ts';
import { updateImportRow } from '../imports/update-import-row.ts';
import { signedIn } from '../plugins/auth.ts';
import { calendarDay } from '../shared/calendar.ts';
import { errorResponses, IdParams } from '../schemas.ts';
import { singleFileUpload } from './single-file-upload.ts';

const csvUpload = singleFileUpload({
  field: 'file',
  maxBytes: MAX_IMPORT_BYTES,
  invalidCode: 'IMPORT_FILE_INVALID',
  tooLargeCode: 'IMPORT_FILE_TOO_LARGE',
  help: 'Send the register as multipart/form-data with one file field named "file" (a .csv file).',
  tooLargeMessage: `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB; import the register in parts.`,
});

const CsvResponse = Type.Unsafe<string>({ type: 'string', description: 'CSV (UTF-8 with BOM)' });

/** Importing an existing register from CSV, and exporting holders and cards as CSV. Admins only. */
const routes: FastifyPluginAsyncTypebox = async (app) => {
  const { deps } = app;
  const common = { tags: ['imports'], security: [{ bearer: [] }] };
  app.addHook('onRequest', app.authenticate);
  app.addHook('onRequest', app.requireAdmin);
  // Children's personal data: no browser or proxy keeps a copy.
  app.addHook('onSend', async (_request, reply) => {
    void reply.header('cache-control', 'private, no-store');
  });
  await csvUpload.register(app);

  app.get('/api/imports', { schema: { ...common, summary: 'The latest imports', response: { 200: ImportJobList, ...errorResponses } } }, async () => ({
    items: await listImports(deps),
  }));

  app.post(
    '/api/imports',
    {
      onRequest: csvUpload.requireMultipart,
      schema: {
        ...common,
        summary: `Upload a register (CSV up to ${MAX_IMPORT_BYTES / 1024 / 1024} MB, multipart field "file"): nothing is imported yet`,
        description: 'UTF-8 with or without BOM; comma or semicolon separated; the first row holds the headings.',
        response: { 201: ImportJobResponse, ...errorResponses, 413: errorResponses[400], 415: errorResponses[400] },
      },
    },
    async (request, reply) => {
      const file = await csvUpload.read(request);
      return reply.code(201).send({ job: await createImport(deps, { context: signedIn(request), file }) });
    },
  );

  app.get('/api/imports/:id', { schema: { ...common, summary: 'An import and its progress', params: IdParams, response: { 200: ImportJobResponse, ...errorResponses } } }, async (request) => ({
    job: await getImport(deps, { importId: request.params.id }),
  }));

  app.put(
    '/api/imports/:id/mapping',
    { schema: { ...common, summary: 'Map columns to fields and check every row (the dry run)', params: IdParams, body: MapImportBody, response: { 200: ImportJobResponse, ...errorResponses } } },
    async (request) => ({ job: await mapImport(deps, { context: signedIn(request), importId: request.params.id, body: request.body }) }),
  );

  app.get(
    '/api/imports/:id/rows',
    { schema: { ...common, summary: 'The preview: rows with their problems', params: IdParams, querystring: ImportRowsQuery, response: { 200: ImportRowList, ...errorResponses } } },
    async (request) => listImportRows(deps, { importId: request.params.id, query: request.query }),
  );

  app.patch(
    '/api/imports/:id/rows/:rowNumber',
    { schema: { ...common, summary: 'Fix a row or leave it out', params: ImportRowParams, body: UpdateImportRowBody, response: { 200: ImportRowView, ...errorResponses } } },
    async (request) => updateImportRow(deps, { importId: request.params.id, rowNumber: request.params.rowNumber, body: request.body }),
  );

  app.post(
    '/api/imports/:id/run',
    { schema: { ...common, summary: 'Import the rows without problems (in the background; poll the import)', params: IdParams, response: { 202: ImportJobResponse, ...errorResponses } } },
    async (request, reply) => reply.code(202).send({ job: await startImport(deps, { context: signedIn(request), importId: request.params.id }) }),
  );

  app.get(
    '/api/imports/:id/report.csv',
    { schema: { ...common, summary: 'Rows not imported as they stood, and why (row numbers and reasons only)', produces: ['text/csv'], params: IdParams, response: { 200: CsvResponse, ...errorResponses } } },
    async (request, reply) => {
      const report = await importReport(deps, { importId: request.params.id });
      return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="import-report-${calendarDay(deps.clock())}.csv"`).send(report);
    },
  );

  app.get(
    '/api/imports/:id/cards/plan',
    { schema: { ...common, summary: 'Before issuing cards for everyone imported: how many, the expiry rule, who is skipped and why', params: IdParams, response: { 200: ImportCardsPlan, ...errorResponses } } },
    async (request) => planImportCards(deps, { importId: request.params.id }),
  );

  app.post(
    '/api/imports/:id/cards',
    {
      schema: {
        ...common,
        summary: 'Start issuing a card to everyone the import brought in (a stored batch job, started once; poll the import for progress)',
        params: IdParams,
        response: { 202: ImportJobResponse, ...errorResponses },
      },
    },
    async (request, reply) => reply.code(202).send({ job: (await startImportCards(deps, { context: signedIn(request), importId: request.params.id })).job }),
  );

  app.get(
    '/api/imports/:id/cards',
    { schema: { ...common, summary: 'The cards the batch issued (for the print sheet), who already had one and who was refused', params: IdParams, response: { 200: ImportCardsResult, ...errorResponses } } },
    async (request) => importCards(deps, { importId: request.params.id }),
  );

  app.get(
    '/api/exports/:kind.csv',
    {
      schema: {
        tags: ['exports'],
        security: [{ bearer: [] }],
        summary: "Every young carer, or every card, as CSV: children's personal data (admins; audited)",
        produces: ['text/csv'],
        params: ExportParams,
        response: { 200: CsvResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      const lines = await exportCsv(deps, { context: signedIn(request), kind: request.params.kind });
      reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${request.params.kind}-${calendarDay(deps.clock())}.csv"`);
      return reply.send(Readable.from(lines));
    },
  );
};

export default routes;
