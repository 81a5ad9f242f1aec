import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { listSigningKeys } from '../keys/list-signing-keys.ts';
import { rotateSigningKey } from '../keys/rotate-signing-key.ts';
import { withdrawSigningKey } from '../keys/withdraw-signing-key.ts';
import { KidParams, SigningKeyList, SigningKeyResponse } from '../keys/schemas.ts';
import { signedIn } from '../plugins/auth.ts';
import { errorResponses } from '../schemas.ts';

/** Card-signing keys (admin). */
const routes: FastifyPluginAsyncTypebox = async (app) => {
  const { deps } = app;
  const common = { tags: ['keys'], security: [{ bearer: [] }] };
  app.addHook('onRequest', app.requireAdmin);

  app.get('/api/keys', { schema: { ...common, summary: 'Signing keys', response: { 200: SigningKeyList, ...errorResponses } } }, async () => ({
    items: await listSigningKeys(deps),
  }));

  app.post(
    '/api/keys/rotate',
    { schema: { ...common, summary: 'Sign new cards with a new key; existing cards keep verifying', response: { 200: SigningKeyResponse, ...errorResponses } } },
    async (request) => ({ key: await rotateSigningKey(deps, { context: signedIn(request) }) }),
  );

  app.post(
    '/api/keys/:kid/withdraw',
    {
      schema: {
        ...common,
        summary: 'Withdraw a compromised key: every card it signed becomes not valid at once',
        params: KidParams,
        response: { 200: SigningKeyResponse, ...errorResponses },
      },
    },
    async (request) => ({ key: await withdrawSigningKey(deps, { context: signedIn(request), kid: request.params.kid }) }),
  );
};

export default routes;
