import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { Type } from 'typebox';
import { databaseFault, DatabaseUnavailableError } from '../db/errors.ts';
import { AppError, DATABASE_RETRY_AFTER_SECONDS } from '../errors.ts';
import { errorResponses, type ErrorBody } from '../schemas.ts';

/** /api/ready answers within this long (ms), whatever the database does. */
export const READY_TIMEOUT_MS = 1_500;

const healthSchema = {
  tags: ['health'],
  summary: 'The process is up (no auth); a liveness check that never touches the database',
  response: { 200: Type.Object({ status: Type.Literal('ok') }) },
};
const readySchema = {
  tags: ['health'],
  summary: 'The database answers and has room to write (no auth); 503 NOT_READY with Retry-After otherwise',
  response: { 200: Type.Object({ status: Type.Literal('ready'), database: Type.String() }), 503: errorResponses[400] },
};

const routes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/api/health', { schema: healthSchema, config: { rateLimit: false } }, async () => ({ status: 'ok' as const }));

  // One check at a time: probes that arrive while one is waiting share its answer, so a
  // database that does not answer is not asked again by every probe.
  let inFlight: Promise<void> | undefined;
  const check = () => {
    inFlight ??= withTimeout(app.deps.database.ping(), READY_TIMEOUT_MS).finally(() => {
      inFlight = undefined;
    });
    return inFlight;
  };

  app.get('/api/ready', { schema: readySchema, config: { rateLimit: false } }, async (request) => {
    try {
      await check();
    } catch (error) {
      const fault = databaseFault(error);
      request.log[fault ? 'warn' : 'error']({ err: error, fault }, 'not ready');
      throw new AppError(
        'NOT_READY',
        fault === 'storage-full' ? 'The database has no room left to write.' : 'The database is not reachable.',
        { retryAfter: DATABASE_RETRY_AFTER_SECONDS },
      );
    }
    return { status: 'ready' as const, database: app.deps.database.engine };
  });
};

export default routes;

/**
 * What the process serves while it starts and the database is away (server.ts):
 * /api/health says the process is alive, /api/ready and everything else answer
 * 503 NOT_READY with Retry-After, until the app takes over the port.
 */
export async function startingRoutes(app: FastifyInstance): Promise<void> {
  const body: ErrorBody = { error: { code: 'NOT_READY', message: 'The service is starting and waiting for its database.' } };
  const notReady = (reply: FastifyReply) => reply.code(503).header('retry-after', String(DATABASE_RETRY_AFTER_SECONDS)).send(body);
  app.get('/api/health', { schema: healthSchema }, async () => ({ status: 'ok' as const }));
  app.get('/api/ready', async (_request, reply) => notReady(reply));
  app.all('/*', async (_request, reply) => notReady(reply));
}

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new DatabaseUnavailableError(`The database did not answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
