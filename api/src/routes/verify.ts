import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { publishedKeys } from '../keys/manage-keys.ts';
import { errorResponses } from '../schemas.ts';
import { buildStatusList, STATUS_LIST_MAX_AGE_SECONDS } from '../verify/status-list.ts';
import { VerifyBody, VerifyResult } from '../verify/schemas.ts';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors.ts';
import { applicableBenefits, benefitDirectory } from '../partners/benefit-rules.ts';
import { calendarDay } from '../partners/deps.ts';
import { partnerForKey } from '../partners/partner-keys.ts';
import { BenefitDirectory } from '../partners/schemas.ts';
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
    benefits: async (card: { dateOfBirth: string }, askingPartnerId: string | undefined, now: Date) =>
      applicableBenefits(await app.benefitSnapshot.current(), card, calendarDay(now), askingPartnerId),
  };
  const now = () => (deps.clock ? deps.clock() : new Date());
  /** One key check per request: the rate limiter and the handler both ask. */
  const keyChecks = new WeakMap<FastifyRequest, Promise<{ partnerId: string; keyId: string }>>();
  const checkKey = (request: FastifyRequest, key: string) => {
    let check = keyChecks.get(request);
    if (!check) {
      check = partnerForKey({ db: app.db, lookup: app.cardLookup }, key, now());
      keyChecks.set(request, check);
    }
    return check;
  };

  /**
   * The partner a call speaks for: its API key (checked fresh; a bad key is a
   * 401, never silently ignored), else the code of its verify link (unknown
   * or inactive codes are ignored: a stale link still checks cards).
   */
  async function askingPartner(request: FastifyRequest, body: VerifyBody): Promise<string | undefined> {
    const key = partnerKeyOf(request);
    if (key !== undefined) return (await checkKey(request, key)).partnerId;
    const code = body.partner;
    if (!code) return undefined;
    return (await app.benefitSnapshot.current()).partners.find((p) => p.verifyCode === code)?.id;
  }
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
      config: {
        rateLimit: {
          // A till system with a valid key has its own, larger allowance; anything else is limited per client address.
          keyGenerator: async (request: FastifyRequest) => {
            const key = partnerKeyOf(request);
            if (key === undefined) return request.ip;
            try {
              return `partner-key:${(await checkKey(request, key)).keyId}`;
            } catch {
              return request.ip;
            }
          },
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
    async (request) => {
      if (request.body.token !== undefined && request.body.cardNumber !== undefined) {
        throw new AppError('VALIDATION_FAILED', 'Send either token or cardNumber, not both.', { field: 'cardNumber' });
      }
      const partnerId = await askingPartner(request, request.body);
      const result = await verifyCard(verifyDeps, request.body, partnerId);
      app.scanCounter.count(partnerId, result.result, now());
      return result;
    },
  );

  app.get(
    '/api/v1/benefits',
    {
      schema: {
        tags,
        summary: 'The benefits directory: active partners and the offers that apply today',
        response: { 200: BenefitDirectory, ...errorResponses },
      },
    },
    async (_request, reply) => {
      void reply.header('cache-control', 'public, max-age=60');
      return benefitDirectory(await app.benefitSnapshot.current(), calendarDay(now()));
    },
  );

  // Browsers send a preflight before a cross-site JSON POST.
  app.options('/api/v1/verify', { schema: { hide: true } }, async (_request, reply) =>
    reply
      .header('access-control-allow-methods', 'POST, OPTIONS')
      .header('access-control-allow-headers', 'content-type, authorization, x-partner-key')
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

/** A till system's key: `X-Partner-Key: ycp_...` or `Authorization: Bearer ycp_...`. */
function partnerKeyOf(request: FastifyRequest): string | undefined {
  const header = request.headers['x-partner-key'];
  if (typeof header === 'string' && header) return header.trim();
  const auth = request.headers.authorization;
  if (auth?.startsWith('Bearer ycp_')) return auth.slice('Bearer '.length).trim();
  return undefined;
}

export default routes;
