import type { Writable } from 'node:stream';
import fastifyCors from '@fastify/cors';
import fastifyHelmet from '@fastify/helmet';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { LogController, type FastifyInstance, type FastifyReply, type FastifyRequest, type FastifyServerOptions } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import { systemClock, type Clock } from './lib/clock.ts';
import { errorForLog } from './lib/error-for-log.ts';
import authPlugin from './plugins/auth.ts';
import configPlugin from './plugins/config.ts';
import databasePlugin from './plugins/database.ts';
import depsPlugin from './plugins/deps.ts';
import metrics from './plugins/metrics.ts';
import deviceAuthPlugin from './plugins/device-auth.ts';
import partnerAuthPlugin from './plugins/partner-auth.ts';
import errorHandler from './plugins/error-handler.ts';
import rateLimits from './plugins/rate-limits.ts';
import sameOriginWrites from './plugins/same-origin-writes.ts';
import apiCacheControl from './plugins/api-cache-control.ts';
import gracefulClose from './plugins/graceful-close.ts';
import webPlugin from './plugins/web.ts';
import auditRoutes from './routes/audit.ts';
import renewalRoutes from './routes/renewals.ts';
import retentionRoutes from './routes/retention.ts';
import brandingRoutes from './routes/branding.ts';
import invitationRoutes from './routes/invitations.ts';
import myCardRoutes from './routes/my-card.ts';
import dataRequestRoutes from './routes/data-requests.ts';
import referralRoutes from './routes/referrals.ts';
import consultationRoutes from './routes/consultations.ts';
import reportRoutes from './routes/reports.ts';
import outboxRoutes from './routes/outbox.ts';
import partnerRoutes from './routes/partners.ts';
import printSheetRoutes from './routes/print-sheets.ts';
import templateRoutes from './routes/templates.ts';
import cardRoutes from './routes/cards.ts';
import keyRoutes from './routes/keys.ts';
import verifyRoutes from './routes/verify.ts';
import authRoutes from './routes/auth.ts';
import healthRoutes from './routes/health.ts';
import holderRoutes from './routes/holders.ts';
import importRoutes from './routes/imports.ts';
import staffRoutes from './routes/staff.ts';
import { ErrorBody } from './schemas.ts';

export type AppOptions = {
  config: Config;
  database: Database;
  /** The one clock every rule reads "now" from; tests pass their own. */
  clock?: Clock;
};

/**
 * The whole API as one plugin: external plugins, then our infrastructure
 * plugins, then routes. It never listens; server.ts does. Wrapped with
 * fastify-plugin so its decorators (config, database, deps) are visible to the
 * server and to tests.
 */
export const app = fp<AppOptions>(async (fastify, { config, database, clock }) => {
  await fastify.register(configPlugin, { config });
  // JSON only: without this, a text/plain body would reach validation as a string.
  fastify.removeContentTypeParser(['text/plain']);
  await fastify.register(errorHandler);
  await fastify.register(sameOriginWrites);
  await fastify.register(apiCacheControl);
  await fastify.register(gracefulClose);

  await fastify.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: { 'img-src': ["'self'", 'data:', 'blob:'], 'upgrade-insecure-requests': null },
    },
  });
  await fastify.register(fastifyCors, { origin: config.corsOrigins.length > 0 ? config.corsOrigins : false });
  // Before the rate limiter, whose per-address limit applies to the routes registered after it: static files are not API calls.
  await fastify.register(webPlugin);
  await fastify.register(rateLimits);
  fastify.addSchema(ErrorBody);
  await fastify.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Young Carer Cards API',
        version: '1',
        description: 'Staff API (bearer token from POST /api/auth/login) and public endpoints. Errors are always `{ error: { code, message } }`.',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
    },
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`) },
  });
  await fastify.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  await fastify.register(databasePlugin, { database });
  // The composition root: every use-case's dependencies, built once.
  await fastify.register(depsPlugin, { clock: clock ?? systemClock });
  await fastify.register(metrics);
  await fastify.register(authPlugin);
  await fastify.register(deviceAuthPlugin);
  await fastify.register(partnerAuthPlugin);

  await fastify.register(healthRoutes);
  await fastify.register(authRoutes);
  await fastify.register(staffRoutes);
  await fastify.register(auditRoutes);
  await fastify.register(holderRoutes);
  await fastify.register(importRoutes);
  await fastify.register(cardRoutes);
  await fastify.register(keyRoutes);
  await fastify.register(templateRoutes);
  await fastify.register(brandingRoutes);
  await fastify.register(printSheetRoutes);
  await fastify.register(partnerRoutes);
  await fastify.register(invitationRoutes);
  await fastify.register(myCardRoutes);
  await fastify.register(dataRequestRoutes);
  await fastify.register(outboxRoutes);
  await fastify.register(renewalRoutes);
  await fastify.register(retentionRoutes);
  await fastify.register(referralRoutes);
  await fastify.register(consultationRoutes);
  await fastify.register(reportRoutes);
  await fastify.register(verifyRoutes);
}, { name: 'ycards-app' });

/** Personal fields never reach the log, whatever logs them. */
export const logRedactPaths = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.passwordHash',
  '*.token',
  '*.accessToken',
  '*.refreshToken',
  '*.email',
  '*.givenName',
  '*.familyName',
  '*.dateOfBirth',
];

/**
 * Request log lines never carry a query string: a search may hold a child's
 * name or date of birth. Errors are logged without their messages (errorForLog). (Tokens travel in URL fragments, which never reach a server.)
 * Without a stream of their own, logs go to stdout through stdoutLogStream().
 */
export function loggerOptions(level: string, stream: NodeJS.WritableStream | LogStream = stdoutLogStream()) {
  return {
    level,
    redact: { paths: logRedactPaths, censor: '[redacted]' },
    serializers: {
      err: (error: unknown) => errorForLog(error),
      req: (request: FastifyRequest) => ({
        method: request.method,
        url: request.url.replace(/\?.*$/s, '?[redacted]'),
        host: request.host,
        remoteAddress: request.ip,
      }),
    },
    stream,
  };
}

/** A destination pino accepts: one JSON line per call. */
export type LogStream = { write(line: string): void };

/** Log bytes that may wait in memory for a slow or stuck stdout; past this, lines are dropped and counted. */
export const LOG_BACKLOG_BYTES = 1024 * 1024;
let stdoutLog: LogStream | undefined;

/** The server's log destination: stdout, through nonBlockingLogStream() (one for the process). */
export function stdoutLogStream(): LogStream {
  stdoutLog ??= nonBlockingLogStream(process.stdout);
  return stdoutLog;
}

/**
 * A log destination that never holds the process up. pino's own default (sonic-boom
 * on fd 1) flushes synchronously at exit, and on a pipe nobody reads that flush
 * retries for ever: the process could not stop. `out` (process.stdout) writes to a
 * pipe asynchronously, and nothing waits for it at exit; on top of that, a line is
 * dropped while more than `maxBacklog` bytes wait (a warning counts them once `out`
 * moves again), and a broken pipe (EPIPE) ends logging, not the process.
 */
export function nonBlockingLogStream(out: Writable, maxBacklog = LOG_BACKLOG_BYTES): LogStream {
  let broken = false;
  let dropped = 0;
  out.on('error', () => {
    broken = true;
  });
  return {
    write(line) {
      if (broken || out.destroyed) return;
      if (out.writableLength > maxBacklog) {
        dropped += 1;
        return;
      }
      if (dropped > 0) {
        out.write(`${JSON.stringify({ level: 40, time: Date.now(), pid: process.pid, dropped, msg: 'log lines dropped: the log output was not being read' })}\n`);
        dropped = 0;
      }
      out.write(line);
    },
  };
}

/**
 * Fastify's own per-request lines, quiet by default: a request and its answer are
 * logged at debug; an answer of 4xx (refused) at info and 5xx at error, with the
 * method, the path (query redacted), the status and the time taken. (The error
 * handler adds the error code or the error itself.)
 */
class RequestLog extends LogController {
  override incomingRequest(request: FastifyRequest) {
    request.log.debug({ req: request }, 'incoming request');
  }

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply) {
    const line = { req: request, res: reply, responseTime: reply.elapsedTime };
    if (error) reply.log.error({ ...line, err: error }, 'request errored');
    else if (reply.statusCode >= 500) reply.log.error(line, 'request completed');
    else if (reply.statusCode >= 400) reply.log.info(line, 'request completed');
    else reply.log.debug(line, 'request completed');
  }
}

export function serverOptions(config: Config): FastifyServerOptions {
  return {
    logger: loggerOptions(config.logLevel),
    logController: new RequestLog(),
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
    routerOptions: { maxParamLength: 500 },
    ajv: { customOptions: { removeAdditional: false, coerceTypes: true, useDefaults: true } },
  };
}

/** A ready app on an open, migrated database: what server.ts runs and what tests inject() into. */
export async function buildApp(
  config: Config,
  database: Database,
  options: { clock?: Clock; logger?: FastifyServerOptions['logger'] } = {},
): Promise<FastifyInstance> {
  const base = serverOptions(config);
  const fastify = Fastify({ ...base, logger: options.logger ?? base.logger }).withTypeProvider<TypeBoxTypeProvider>();
  await fastify.register(app, { config, database, clock: options.clock });
  await fastify.ready();
  return fastify;
}
