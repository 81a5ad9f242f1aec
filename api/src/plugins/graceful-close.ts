import type { Server } from 'node:http';
import fp from 'fastify-plugin';

declare module 'fastify' {
  interface FastifyInstance {
    /** Stops serving without resetting a request that had already reached the process; then app.close(). */
    closeGracefully(): Promise<void>;
  }
}

/** Event-loop turns in a row with no new connection or request that mean all that had arrived is in. */
const QUIET_TURNS = 2;
/** Longest wait for them: under a steady stream of new connections it is never quiet. */
const MAX_TAKE_IN_MS = 3000;

/**
 * Stopping without resets. `closeGracefully()` (server.ts, on SIGTERM/SIGINT):
 *
 * 1. From now on every answer carries `Connection: close`, so the client does not
 *    reuse the socket and Node closes it once the answer is sent.
 * 2. Takes in what has already arrived (takeInArrivals): those requests get their
 *    real answers.
 * 3. `app.close()`: Fastify stops routing (a request that still reaches a route is
 *    answered 503 with `Connection: close`), closes the listener (new connections are
 *    refused) and the idle keep-alive sockets, waits for the answers in flight, then
 *    runs the onClose hooks (background jobs, database).
 */
export default fp(
  async (app) => {
    let closing = false;
    app.decorate('closeGracefully', async () => {
      closing = true;
      await takeInArrivals(app.server);
      await app.close();
    });
    app.addHook('preClose', async () => {
      closing = true; // app.close() called directly (tests)
    });
    app.addHook('onSend', async (_request, reply, payload) => {
      if (closing) void reply.header('connection', 'close');
      return payload;
    });
  },
  { name: 'graceful-close' },
);

/**
 * Lets the event loop run until what had reached the process is being handled.
 * Closing the listener with connections still in its backlog, or destroying an
 * "idle" keep-alive socket whose next request sits unread in its buffer, makes the
 * kernel reset them: the client sent a whole request and gets ECONNRESET. Node
 * accepts one connection per event-loop turn and reads a new socket in the turn
 * after, so this waits until QUIET_TURNS turns in a row bring no new connection and
 * no new request (or MAX_TAKE_IN_MS has passed).
 */
async function takeInArrivals(server: Server): Promise<void> {
  let arrivals = 0;
  const arrived = () => {
    arrivals += 1;
  };
  server.on('connection', arrived);
  server.on('request', arrived);
  try {
    const deadline = Date.now() + MAX_TAKE_IN_MS;
    for (let quiet = 0; quiet < QUIET_TURNS && Date.now() < deadline; ) {
      const before = arrivals;
      await new Promise((resolve) => setImmediate(resolve));
      quiet = arrivals === before ? quiet + 1 : 0;
    }
  } finally {
    server.off('connection', arrived);
    server.off('request', arrived);
  }
}
