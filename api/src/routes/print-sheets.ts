import { Readable } from 'node:stream';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { signedIn } from '../plugins/auth.ts';
import { calendarDay } from '../shared/calendar.ts';
import { preparePrintSheet } from '../print-sheets/print-sheet.ts';
import { checkPrintSheet } from '../print-sheets/check-print-sheet.ts';
import { PrintSheetBody, PrintSheetCheck, PrintSheetCheckBody } from '../print-sheets/schemas.ts';
import { errorResponses } from '../schemas.ts';
import { PdfResponse, pdfHeaders } from './pdf-response.ts';

/** Bulk print: A4 sheets of cards, streamed. Any signed-in staff. */
const routes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', app.authenticate);

  app.post(
    '/api/print-sheets/check',
    {
      schema: {
        tags: ['cards'],
        security: [{ bearer: [] }],
        summary: 'What a print sheet would hold (cards, sheets, layout) and which cards would print an empty photo box; refused as the sheet would be',
        body: PrintSheetCheckBody,
        response: { 200: PrintSheetCheck, ...errorResponses, 422: errorResponses[400] },
      },
    },
    async (request) => checkPrintSheet(app.deps, request.body),
  );

  app.post(
    '/api/print-sheets',
    {
      schema: {
        tags: ['cards'],
        security: [{ bearer: [] }],
        summary: 'Print sheets (A4, 10 cards a sheet, crop marks, backs mirrored for duplex) for chosen cards or every current card issued since a date',
        description:
          'Streams the PDF. `X-Card-Count` and `X-Page-Count` give the totals up front; after each sheet the stream carries a PDF comment line ' +
          '`%%YC-PROGRESS <done>/<total>` that a client can count to show progress. Everything that can be refused is refused before the first byte.',
        produces: ['application/pdf'],
        body: PrintSheetBody,
        response: { 200: PdfResponse, ...errorResponses, 422: errorResponses[400] },
      },
    },
    async (request, reply) => {
      const job = await preparePrintSheet(app.deps, { context: signedIn(request), request: request.body });
      const date = calendarDay(app.deps.clock());
      pdfHeaders(reply, `print-sheet-${date}.pdf`).header('x-card-count', String(job.cardCount)).header('x-page-count', String(job.pageCount));
      return reply.send(Readable.from(job.bytes, { objectMode: false, highWaterMark: 256 * 1024 }));
    },
  );
};

export default routes;
