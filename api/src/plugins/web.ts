import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import fp from 'fastify-plugin';
import { isPublicPage } from '../public-pages.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** True when a built web app is served; unknown non-API GETs then get an index page. */
    servesWebApp: boolean;
    /**
     * The HTML file (relative to web/dist) that answers a page of the web app:
     * the public app's for the public pages (api/src/public-pages.ts), the
     * staff app's for everything else; undefined when that app is not built.
     */
    webIndexFor(pathname: string): string | undefined;
  }
}

/** The staff app's index and the public app's (the second build, web/dist/public). */
export const STAFF_INDEX = 'index.html';
export const PUBLIC_INDEX = 'public/public.html';
/** The public app's service worker: at /public/sw.js, but it controls the public pages at the root. */
export const SERVICE_WORKER = 'public/sw.js';

/**
 * Serves the built React apps (web/dist: the staff app, and the public app
 * under /public/) on the API's port. The build writes a brotli (.br) and a
 * gzip (.gz) copy of every text file (web/scripts/precompress.ts); each
 * answer is the smallest one the browser accepts, with `Vary:
 * Accept-Encoding`. Registered before the rate limiter (app.ts), so static
 * files never count against a client address's API allowance.
 */
export default fp(
  async (app) => {
    const root = app.config.webDist;
    const staff = Boolean(root && existsSync(path.join(root, STAFF_INDEX)));
    const publicApp = Boolean(root && existsSync(path.join(root, PUBLIC_INDEX)));
    app.decorate('servesWebApp', staff || publicApp);
    app.decorate('webIndexFor', (pathname: string) => {
      if (publicApp && isPublicPage(pathname)) return PUBLIC_INDEX;
      return staff ? STAFF_INDEX : undefined;
    });
    if (!root || !(staff || publicApp)) {
      if (root) app.log.warn({ root }, 'web app not built; run `npm run build` to serve it');
      return;
    }
    const serviceWorker = path.join(root, SERVICE_WORKER);
    await app.register(fastifyStatic, {
      root,
      // One route per file found at start-up (the build is done by then), so unknown
      // paths fall through to the not-found handler, which serves the app's index page.
      wildcard: false,
      index: false,
      preCompressed: true,
      // The compressed copies are sent in place of their file, never asked for by name.
      globIgnore: ['**/*.br', '**/*.gz'],
      setHeaders(reply, filePath) {
        void reply.header(
          'cache-control',
          filePath.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
        // Lets the worker take scope "/" (the public pages) from its folder; browsers refuse that without this header.
        // `filePath` is the copy sent: sw.js.br or sw.js.gz stands for sw.js.
        if (filePath.replace(/\.(?:br|gz)$/, '') === serviceWorker) void reply.header('service-worker-allowed', '/');
      },
    });
  },
  { name: 'web', dependencies: ['config'] },
);
