import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError, type ErrorCode } from '../errors.ts';

/**
 * The one way a route takes a file: multipart/form-data with exactly one
 * file field. Anything wrong with the body is the client's: a 4xx with a
 * stable code, naming the field. Registered per route module, so no other
 * route accepts multipart bodies.
 */
export function singleFileUpload(options: {
  field: string;
  maxBytes: number;
  /** The code for a body that is not one file in `field`. */
  invalidCode: ErrorCode;
  /** The code for a file over `maxBytes`. */
  tooLargeCode: ErrorCode;
  /** What to send and how, for the error messages. */
  help: string;
  tooLargeMessage: string;
}) {
  const { field, maxBytes, invalidCode, tooLargeCode, help, tooLargeMessage } = options;
  return {
    async register(app: FastifyInstance): Promise<void> {
      await app.register(fastifyMultipart, { limits: { fileSize: maxBytes, files: 1, fields: 0, parts: 1 } });
    },
    /** onRequest: anything but multipart is refused before the body is read. */
    async requireMultipart(request: FastifyRequest): Promise<void> {
      if (!/^multipart\/form-data\s*;/i.test(request.headers['content-type'] ?? '')) {
        throw new AppError('UNSUPPORTED_MEDIA_TYPE', help, { field });
      }
    },
    async read(request: FastifyRequest): Promise<Buffer> {
      try {
        const file = await request.file();
        if (!file || file.fieldname !== field) throw new AppError(invalidCode, help, { field });
        return await file.toBuffer();
      } catch (error) {
        if (error instanceof AppError) throw error;
        if ((error as { code?: unknown }).code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError(tooLargeCode, tooLargeMessage, { field });
        throw new AppError(invalidCode, help, { field, cause: error });
      }
    },
  };
}
