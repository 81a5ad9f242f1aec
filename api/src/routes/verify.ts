import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { answerLanguage } from '../locales/public-language.ts';
import { publishedKeys } from '../keys/published-keys.ts';
import { requirePartnerKeyValid } from '../plugins/partner-auth.ts';
import { PUBLIC_CORS } from './public-cors.ts';
import { errorResponses } from '../schemas.ts';
import { STATUS_LIST_MAX_AGE_SECONDS } from '../verify/status-list.ts';
import { VerifyBody, VerifyResult } from '../verify/schemas.ts';
import { verifyCard } from '../verify/verify-card.ts';


/** The public contract partners build on: verify, the status list, and the keys. No auth; CORS open. */
const routes: FastifyPluginAsyncTypebox = async (app) => {
  const { deps } = app;
  const tags = ['public'];
  const config = { cors: PUBLIC_CORS };

  app.post(
    '/api/v1/verify',
    {
      schema: {
        tags,
        summary: 'Check a card by its token (from the QR) or its printed number',
        description:
          'Always 200 for a well-formed request: `valid` (name, number, expiry, benefits), `expired` (name and expiry), or `not_valid` (identical for every cause). Send exactly one of `token` or `cardNumber`. With `Accept-Language` (en, cy, pl, ur, ar; q-values honoured) the words the service writes itself, error messages included, are in that language (codes never change; names and benefits stay as staff typed them); `Content-Language` says which.',
        body: VerifyBody,
        response: { 200: VerifyResult, ...errorResponses },
      },
      bodyLimit: 16 * 1024,
      // Before the rate limit (which runs after the route's own onRequest hooks), so it can count by key.
      onRequest: app.readPartnerKey,
      config: {
        ...config,
        rateLimit: {
          // A till system with a valid key has its own, larger allowance; anything else is limited per client address.
          keyGenerator: (request: FastifyRequest) =>
            request.partnerKey && request.partnerKey !== 'invalid' ? `partner-key:${request.partnerKey.keyId}` : request.ip,
          max: async (_request: FastifyRequest, key: string) =>
            key.startsWith('partner-key:') ? app.config.partnerRateLimitPerMinute : app.config.verifyRateLimitPerMinute,
          timeWindow: '1 minute',
        },
      },
      onSend: async (_request, reply, payload) => {
        void reply.header('cache-control', 'no-store');
        return payload;
      },
    },
    async (request, reply) => {
      // Nothing in the answer is worded by the API today (names, benefits and the issuer are as staff typed them), but it says its language.
      answerLanguage(request, reply, { cacheable: false });
      const { answer, reason } = await verifyCard(deps, { request: request.body, partnerKey: requirePartnerKeyValid(request) });
      request.log.debug({ verifyReason: reason }, 'card checked');
      app.metrics.verifyAnswers.inc({ result: answer.result });
      return answer;
    },
  );

  // Browsers send a preflight before a cross-site JSON POST; @fastify/cors answers it with this route's CORS settings.
  app.options('/api/v1/verify', { schema: { hide: true }, config }, async (_request, reply) => reply.code(204).send());

  app.get(
    '/api/v1/status-list',
    {
      schema: {
        tags,
        summary: 'Revoked and suspended cards as a signed W3C Bitstring Status List (VC-JWT)',
        produces: ['application/vc+jwt'],
        response: { 200: Type.String({ description: 'Compact JWS' }), ...errorResponses },
      },
      config,
    },
    async (_request, reply) => {
      const list = await deps.statusList.current();
      return reply
        .type('application/vc+jwt')
        .header('cache-control', `public, max-age=${STATUS_LIST_MAX_AGE_SECONDS}`)
        .header('last-modified', list.builtAt.toUTCString())
        .send(list.jwt);
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
      config,
    },
    async (_request, reply) => {
      void reply.header('cache-control', 'public, max-age=300');
      return { keys: await publishedKeys(deps) };
    },
  );
};

export default routes;
