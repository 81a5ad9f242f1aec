import fp from 'fastify-plugin';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors.ts';

/** The endpoints a cookie signs in to: the young carer's own (`/api/my`) and the staff session's (`/api/auth`). */
const COOKIE_PATHS = ['/api/my/', '/api/auth/'];
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Writes that a cookie authenticates come only from our own pages. SameSite=Strict
 * keeps the cookies off requests from other sites, but not from another port or
 * subdomain of the same site, which browsers count as the same site: a page there
 * could otherwise freeze a young carer's card with a no-cors POST. So a write to
 * /api/my or /api/auth is refused unless the browser says it came from our own
 * origin: `Sec-Fetch-Site: same-origin` (every current browser sends it), or,
 * from an older browser without it, an `Origin` equal to PUBLIC_URL's. A request
 * with neither header is not from a browser page (a script, curl), which holds
 * no one's cookies but its own.
 */
export default fp(
  async (app) => {
    const ownOrigin = new URL(app.config.publicUrl).origin;
    app.addHook('onRequest', async (request: FastifyRequest) => {
      if (SAFE_METHODS.has(request.method)) return;
      const path = request.url.split('?')[0] ?? '';
      if (!COOKIE_PATHS.some((prefix) => path.startsWith(prefix))) return;
      if (!fromElsewhere(request, ownOrigin)) return;
      throw new AppError('CROSS_SITE_REQUEST', 'This request came from another website, so it was refused. Open the page from this service’s own address and try again.');
    });
  },
  { name: 'same-origin-writes', dependencies: ['config'] },
);

function fromElsewhere(request: FastifyRequest, ownOrigin: string): boolean {
  const site = request.headers['sec-fetch-site'];
  if (typeof site === 'string') return site !== 'same-origin';
  const origin = request.headers.origin;
  if (typeof origin === 'string') return origin !== ownOrigin;
  return false;
}
