import fp from 'fastify-plugin';

/**
 * Answers from /api are `Cache-Control: no-store` unless their route says
 * otherwise (the public status list, the benefits directory and the logo
 * set their own). Staff answers hold children's details, card tokens and
 * invitation codes: no browser cache, proxy or shared computer may keep them.
 */
export default fp(
  async (app) => {
    app.addHook('onSend', async (request, reply, payload) => {
      if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) void reply.header('cache-control', 'no-store');
      return payload;
    });
  },
  { name: 'api-cache-control' },
);
