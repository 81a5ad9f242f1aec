import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';

/** OpenAPI description of a PDF body (sent as bytes, never serialised). */
export const PdfResponse = Type.Unsafe<Buffer>({ type: 'string', format: 'binary', description: 'PDF document' });

/** A PDF for staff: never cached (it shows a child's name and photo), saved under `fileName` when given. */
export function pdfHeaders(reply: FastifyReply, fileName?: string): FastifyReply {
  reply.type('application/pdf').header('cache-control', 'private, no-store');
  // Card numbers end in a Crockford check symbol, which may be * ~ $ or =: kept as they are (a browser adapts them to its file system).
  if (fileName) reply.header('content-disposition', `attachment; filename="${fileName.replace(/[^\w.*~$=-]/g, '_')}"`);
  return reply;
}
