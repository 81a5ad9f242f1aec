import fp from 'fastify-plugin';

/**
 * While the server is closing, answers to requests still in flight carry
 * `Connection: close`, so clients do not hold keep-alive sockets open and
 * the process can exit as soon as the last response is sent.
 */
export default fp(
  async (app) => {
    let closing = false;
    app.addHook('preClose', async () => {
      closing = true;
    });
    app.addHook('onSend', async (_request, reply, payload) => {
      if (closing) void reply.header('connection', 'close');
      return payload;
    });
  },
  { name: 'graceful-close' },
);
