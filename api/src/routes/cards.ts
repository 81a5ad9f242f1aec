import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { cardPdf } from '../cards/card-pdf.ts';
import { getCard } from '../cards/get-card.ts';
import { changeCardTemplate } from '../cards/change-card-template.ts';
import { issueCard } from '../cards/issue-card.ts';
import { listCards } from '../cards/list-cards.ts';
import { reissueCard } from '../cards/reissue-card.ts';
import { renewCard } from '../cards/renew-card.ts';
import { resumeCard } from '../cards/resume-card.ts';
import { revokeCard } from '../cards/revoke-card.ts';
import { suspendCard } from '../cards/suspend-card.ts';
import { CardList, CardListQuery, CardResponse, CardTemplateBody, IssueCardBody, ReissueCardBody, RevokeCardBody, SuspendCardBody } from '../cards/schemas.ts';
import { PdfQuery } from '../templates/schemas.ts';
import { PdfResponse, pdfHeaders } from './pdf-response.ts';
import { signedIn } from '../plugins/auth.ts';
import { errorResponses, IdParams } from '../schemas.ts';

const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'Retries with the same key return the same card' })),
});

/** Cards: issue, look up, and change status (any signed-in staff). */
const routes: FastifyPluginAsyncTypebox = async (app) => {
  const { deps } = app;
  const common = { tags: ['cards'], security: [{ bearer: [] }] };
  app.addHook('onRequest', app.authenticate);

  app.post(
    '/api/holders/:id/cards',
    {
      schema: {
        ...common,
        summary: 'Issue a card to a young carer',
        params: IdParams,
        headers: IdempotencyHeaders,
        body: Type.Optional(IssueCardBody),
        response: { 200: CardResponse, 201: CardResponse, ...errorResponses, 422: errorResponses[400] },
      },
    },
    async (request, reply) => {
      const { card, replayed } = await issueCard(deps, {
        context: signedIn(request),
        holderId: request.params.id,
        template: request.body?.template,
        idempotencyKey: request.headers['idempotency-key'],
      });
      return reply.code(replayed ? 200 : 201).send({ card });
    },
  );

  app.get(
    '/api/cards',
    { schema: { ...common, summary: 'List cards by status or expiry', querystring: CardListQuery, response: { 200: CardList, ...errorResponses } } },
    async (request) => listCards(deps, request.query),
  );

  app.get(
    '/api/cards/:id',
    { schema: { ...common, summary: 'One card, with its token and verify link', params: IdParams, response: { 200: CardResponse, ...errorResponses } } },
    async (request) => ({ card: await getCard(deps, { cardId: request.params.id }) }),
  );

  app.get(
    '/api/cards/:id/pdf',
    {
      schema: {
        ...common,
        summary: 'The card as a PDF: 85.6 x 54 mm (CR80), front then back; optional bleed in mm',
        produces: ['application/pdf'],
        params: IdParams,
        querystring: PdfQuery,
        response: { 200: PdfResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { fileName, pdf } = await cardPdf(deps, { context: signedIn(request), cardId: request.params.id, bleed: request.query.bleed });
      return pdfHeaders(reply, fileName).send(pdf);
    },
  );

  app.put(
    '/api/cards/:id/template',
    {
      schema: {
        ...common,
        summary: 'Choose the layout this card prints with (e.g. large-print)',
        params: IdParams,
        body: CardTemplateBody,
        response: { 200: CardResponse, ...errorResponses },
      },
    },
    async (request) => ({ card: await changeCardTemplate(deps, { context: signedIn(request), cardId: request.params.id, template: request.body.template }) }),
  );

  app.post(
    '/api/cards/:id/revoke',
    { schema: { ...common, summary: 'Revoke a card (cannot be undone)', params: IdParams, body: RevokeCardBody, response: { 200: CardResponse, ...errorResponses } } },
    async (request) => ({ card: await revokeCard(deps, { context: signedIn(request), cardId: request.params.id, reason: request.body.reason }) }),
  );

  app.post(
    '/api/cards/:id/suspend',
    { schema: { ...common, summary: 'Suspend a card until it is resumed', params: IdParams, body: SuspendCardBody, response: { 200: CardResponse, ...errorResponses } } },
    async (request) => ({ card: await suspendCard(deps, { context: signedIn(request), cardId: request.params.id, reason: request.body.reason }) }),
  );

  app.post(
    '/api/cards/:id/resume',
    { schema: { ...common, summary: 'Resume a suspended card', params: IdParams, response: { 200: CardResponse, ...errorResponses } } },
    async (request) => ({ card: await resumeCard(deps, { context: signedIn(request), cardId: request.params.id }) }),
  );

  app.post(
    '/api/cards/:id/reissue',
    {
      schema: {
        ...common,
        summary: 'Replace a lost, stolen or damaged card: new number and token, same expiry; the old card is revoked',
        params: IdParams,
        body: ReissueCardBody,
        response: { 201: CardResponse, ...errorResponses },
      },
    },
    async (request, reply) => reply.code(201).send({ card: await reissueCard(deps, { context: signedIn(request), cardId: request.params.id, reason: request.body.reason }) }),
  );

  app.post(
    '/api/cards/:id/renew',
    {
      schema: {
        ...common,
        summary: 'A new card with a new expiry, before or after this one expires; this one is superseded',
        params: IdParams,
        response: { 201: CardResponse, ...errorResponses },
      },
    },
    async (request, reply) => reply.code(201).send({ card: await renewCard(deps, { context: signedIn(request), cardId: request.params.id }) }),
  );
};

export default routes;
