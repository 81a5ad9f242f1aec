import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import fp from 'fastify-plugin';

declare module 'fastify' {
  interface FastifyInstance {
    /** True when the built web app is served; unknown non-API GETs then get index.html. */
    servesWebApp: boolean;
  }
}

/** Serves the built React app (web/dist) on the API's port. */
export default fp(
  async (app) => {
    const root = app.config.webDist;
    const available = Boolean(root && existsSync(path.join(root, 'index.html')));
    app.decorate('servesWebApp', available);
    if (!available || !root) {
      if (root) app.log.warn({ root }, 'web app not built; run `npm run build` to serve it');
      return;
    }
    await app.register(fastifyStatic, {
      root,
      // One route per file found at start-up (the build is done by then), so unknown
      // paths fall through to the not-found handler, which serves the app's index.html.
      wildcard: false,
      index: false,
      setHeaders(reply, filePath) {
        void reply.header(
          'cache-control',
          filePath.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  },
  { name: 'web', dependencies: ['config'] },
);
