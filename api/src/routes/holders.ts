import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

/** Young carers (holders): staff routes. */
const routes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', app.authenticate);
};

export default routes;
