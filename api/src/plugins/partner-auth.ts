import fp from 'fastify-plugin';
import type { FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import { AppError } from '../errors.ts';
import { checkPartnerKey, type CheckedPartnerKey } from '../verify/check-partner-key.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /**
     * Reads a till system's API key, if the request carries one, once per
     * request: `request.partnerKey` is then the checked key, `'invalid'`, or
     * null. A route refuses an invalid key with `requirePartnerKeyValid`
     * after its rate limit, which keys valid keys by key and the rest by address.
     */
    readPartnerKey: onRequestAsyncHookHandler;
  }
  interface FastifyRequest {
    partnerKey: CheckedPartnerKey | 'invalid' | null;
  }
}

/** A till system's key: `X-Partner-Key: ycp_...` or `Authorization: Bearer ycp_...`. */
function partnerKeyOf(request: FastifyRequest): string | undefined {
  const header = request.headers['x-partner-key'];
  if (typeof header === 'string' && header) return header.trim();
  const auth = request.headers.authorization;
  if (auth?.startsWith('Bearer ycp_')) return auth.slice('Bearer '.length).trim();
  return undefined;
}

/** The partner key of a request, or a 401 when it carried one that is not valid. */
export function requirePartnerKeyValid(request: FastifyRequest): CheckedPartnerKey | undefined {
  if (request.partnerKey === 'invalid') {
    throw new AppError('INVALID_PARTNER_KEY', 'This partner key is not valid. Ask the young carers service for a new one.');
  }
  return request.partnerKey ?? undefined;
}

export default fp(
  async (app) => {
    app.decorateRequest('partnerKey', null);
    app.decorate('readPartnerKey', async (request: FastifyRequest) => {
      const secret = partnerKeyOf(request);
      if (secret === undefined) return;
      try {
        request.partnerKey = await checkPartnerKey(app.deps, { secret });
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        request.partnerKey = 'invalid';
      }
    });
  },
  { name: 'partner-auth', dependencies: ['deps'] },
);
