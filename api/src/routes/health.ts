import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { AppError } from '../errors.ts';
import { errorResponses } from '../schemas.ts';

const routes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/health',
    {
      schema: { tags: ['health'], summary: 'The process is up (no auth)', response: { 200: Type.Object({ status: Type.Literal('ok') }) } },
      config: { rateLimit: false },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/api/ready',
    {
      schema: {
        tags: ['health'],
        summary: 'The database answers (no auth)',
        response: { 200: Type.Object({ status: Type.Literal('ready'), database: Type.String() }), 503: errorResponses[400] },
      },
      config: { rateLimit: false },
    },
    async (request) => {
      try {
        await app.deps.database.ping();
      } catch (error) {
        request.log.error({ err: error }, 'database not reachable');
        throw new AppError('NOT_READY', 'The database is not reachable.', { retryAfter: 5 });
      }
      return { status: 'ready' as const, database: app.deps.database.engine };
    },
  );
};

export default routes;
