import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { publishedKeys } from '../keys/manage-keys.ts';
import { errorResponses } from '../schemas.ts';
import { buildStatusList, STATUS_LIST_MAX_AGE_SECONDS } from '../verify/status-list.ts';
import { VerifyBody, VerifyResult } from '../verify/schemas.ts';
import { verifyCard } from '../verify/verify-card.ts';

/** The public contract partners build on: verify, the status list, and the keys. No auth; CORS open. */
const routes: FastifyPluginAsyncTypebox = async (app) => {
  const deps = app.cardDeps;
  const verifyDeps = {
    ...deps,
    cards: app.cardLookup,
    issuer: async () => {
      const { view } = await app.branding.current();
      return { name: view.organisationName, helpline: view.helpline };
    },
  };
  const tags = ['public'];
  app.addHook('onRequest', async (_request, reply) => {
    void reply.header('access-control-allow-origin', '*');
  });

  app.post(
    '/api/v1/verify',
    {
      schema: {
        tags,
        summary: 'Check a card by its token (from the QR) or its printed number',
        description:
          'Always 200 for a well-formed request: `valid` (name, number, expiry, benefits), `expired` (name and expiry), or `not_valid` (identical for every cause). Send exactly one of `token` or `cardNumber`.',
        body: VerifyBody,
        response: { 200: VerifyResult, ...errorResponses },
      },
      bodyLimit: 16 * 1024,
      config: { rateLimit: { max: app.config.verifyRateLimitPerMinute, timeWindow: '1 minute' } },
      onSend: async (_request, reply, payload) => {
        void reply.header('cache-control', 'no-store');
        return payload;
      },
    },
    async (request) => verifyCard(verifyDeps, request.body),
  );

  // Browsers send a preflight before a cross-site JSON POST.
  app.options('/api/v1/verify', { schema: { hide: true } }, async (_request, reply) =>
    reply
      .header('access-control-allow-methods', 'POST, OPTIONS')
      .header('access-control-allow-headers', 'content-type, authorization')
      .header('access-control-max-age', '86400')
      .code(204)
      .send(),
  );

  let cached: { jwt: string; builtAt: Date; until: number } | undefined;
  app.get(
    '/api/v1/status-list',
    {
      schema: {
        tags,
        summary: 'Revoked and suspended cards as a signed W3C Bitstring Status List (VC-JWT)',
        produces: ['application/vc+jwt'],
        response: { 200: Type.String({ description: 'Compact JWS' }), ...errorResponses },
      },
    },
    async (_request, reply) => {
      if (!cached || cached.until <= Date.now()) {
        const built = await buildStatusList(deps);
        cached = { ...built, until: Date.now() + 10_000 };
      }
      return reply
        .type('application/vc+jwt')
        .header('cache-control', `public, max-age=${STATUS_LIST_MAX_AGE_SECONDS}`)
        .header('last-modified', cached.builtAt.toUTCString())
        .send(cached.jwt);
    },
  );

  app.get(
    '/.well-known/jwks.json',
    {
      schema: {
        tags,
        summary: 'Public keys that sign cards and the status list',
        response: { 200: Type.Object({ keys: Type.Array(Type.Record(Type.String(), Type.Unknown())) }) },
      },
    },
    async (_request, reply) => {
      void reply.header('cache-control', 'public, max-age=300');
      return { keys: await publishedKeys(deps) };
    },
  );
};

export default routes;
