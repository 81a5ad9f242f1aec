import fp from 'fastify-plugin';
import type { FastifyError, FastifyReply } from 'fastify';
import { databaseFault } from '../db/errors.ts';
import { AppError, DATABASE_RETRY_AFTER_SECONDS, type ErrorCode } from '../errors.ts';
import { isPublicPath, publicErrorMessage } from '../locales/public-language.ts';
import { requestLanguage } from '../locales/request-language.ts';
import type { ErrorBody } from '../schemas.ts';

/**
 * The one error handler. Every error leaves as `{ error: { code, message } }`;
 * a 5xx never carries the internal message, which goes to the log instead.
 * Database trouble is told apart from bugs (db/errors.ts): the database away or
 * too slow is 503 DATABASE_UNAVAILABLE with Retry-After, no room to write is
 * 507 STORAGE_FULL; the driver's error is logged, never sent. On the public
 * contract the message follows Accept-Language (locales/public-language.ts).
 */
export default fp(
  async (app) => {
    app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
      const { status, body, retryAfter } = describe(error);
      if (status >= 500) request.log.error({ err: error, code: body.error.code }, 'request failed');
      else request.log.info({ code: body.error.code, status }, 'request refused');
      if (retryAfter !== undefined) void reply.header('retry-after', String(retryAfter));
      if (isPublicPath(request.url)) inRequestLanguage(body, request.headers['accept-language'], reply);
      return reply.code(status).type('application/json; charset=utf-8').send(body);
    });

    app.setNotFoundHandler((request, reply) => {
      const pathname = request.url.split('?')[0] ?? '/';
      const isApi = pathname.startsWith('/api/') || pathname === '/api' || pathname.startsWith('/.well-known/');
      // Client-side routes load their app's index page: the public app's for the public
      // pages (/v, /benefits, ...), the staff app's for the rest (/staff, /set-password, ...).
      const index = !isApi && (request.method === 'GET' || request.method === 'HEAD') && app.hasDecorator('webIndexFor') ? app.webIndexFor(pathname) : undefined;
      if (index) return reply.header('cache-control', 'no-cache').sendFile(index);
      const body: ErrorBody = {
        error: { code: 'ROUTE_NOT_FOUND', message: `No such endpoint: ${request.method} ${pathname}` },
      };
      if (isPublicPath(pathname)) inRequestLanguage(body, request.headers['accept-language'], reply);
      return reply.code(404).send(body);
    });
  },
  { name: 'error-handler' },
);

/** A public route's error message in the caller's language (the code and field unchanged), said in Content-Language. */
function inRequestLanguage(body: ErrorBody, acceptLanguage: string | string[] | undefined, reply: FastifyReply): void {
  const { message, language } = publicErrorMessage(body.error.code, body.error.message, requestLanguage(acceptLanguage));
  body.error.message = message;
  void reply.header('content-language', language);
}

function describe(error: FastifyError | AppError): { status: number; body: ErrorBody; retryAfter?: number } {
  if (error instanceof AppError) {
    return {
      status: error.statusCode,
      body: { error: { code: error.code, message: error.message, ...(error.field ? { field: error.field } : {}) } },
      retryAfter: error.retryAfter,
    };
  }
  const fastifyError = error as FastifyError;
  if (fastifyError.validation) {
    const first = fastifyError.validation[0];
    const params = (first?.params ?? {}) as { missingProperty?: string; additionalProperty?: string };
    const pathField = (first?.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.');
    const field = params.missingProperty ?? params.additionalProperty ?? (pathField || undefined);
    const where = fastifyError.validationContext ?? 'request';
    const message = params.additionalProperty
      ? `${where} has an unknown field "${params.additionalProperty}"`
      : params.missingProperty
        ? `${where} field "${params.missingProperty}" is required`
        : `${where}${field ? ` field "${field}"` : ''} ${first?.message ?? 'is not valid'}`;
    return { status: 400, body: { error: { code: 'VALIDATION_FAILED', message, ...(field ? { field } : {}) } } };
  }
  const fault = databaseFault(error);
  if (fault === 'unavailable') {
    return {
      status: 503,
      body: { error: { code: 'DATABASE_UNAVAILABLE', message: 'The service cannot reach its database just now. Please try again in a moment.' } },
      retryAfter: DATABASE_RETRY_AFTER_SECONDS,
    };
  }
  if (fault === 'storage-full') {
    return { status: 507, body: { error: { code: 'STORAGE_FULL', message: 'The service has no room left to save this. Please tell the service administrator.' } } };
  }
  const status = typeof fastifyError.statusCode === 'number' ? fastifyError.statusCode : 500;
  if (status >= 500) {
    return { status: 500, body: { error: { code: 'INTERNAL', message: 'Something went wrong on our side. Please try again.' } } };
  }
  const byStatus: Record<number, [ErrorCode, string]> = {
    400: [
      /JSON|SyntaxError/i.test(`${fastifyError.code} ${fastifyError.name}`) ? 'MALFORMED_JSON' : 'VALIDATION_FAILED',
      /JSON|SyntaxError/i.test(`${fastifyError.code} ${fastifyError.name}`) ? 'The request body is not valid JSON.' : fastifyError.message,
    ],
    401: ['NOT_AUTHENTICATED', 'Sign in to continue.'],
    403: ['FORBIDDEN', 'You are not allowed to do this.'],
    404: ['NOT_FOUND', 'Not found.'],
    413: ['PAYLOAD_TOO_LARGE', 'The request body is too large.'],
    415: ['UNSUPPORTED_MEDIA_TYPE', 'Send the request body as application/json.'],
    429: ['TOO_MANY_REQUESTS', 'Too many requests. Please wait a moment and try again.'],
  };
  const [code, message] = byStatus[status] ?? ['VALIDATION_FAILED', fastifyError.message];
  return { status: byStatus[status] ? status : 400, body: { error: { code, message } } };
}
