import type { FastifyPluginAsyncTypebox, TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { answerConsultation } from '../consultations/answer-consultation.ts';
import { loadCoProductionSettings, updateCoProductionSettings } from '../consultations/co-production-settings.ts';
import { createConsultation } from '../consultations/create-consultation.ts';
import { getConsultation } from '../consultations/get-consultation.ts';
import { getHolderTakePart } from '../consultations/get-holder-take-part.ts';
import { getMyHaveYourSay } from '../consultations/get-my-have-your-say.ts';
import { listConsultations } from '../consultations/list-consultations.ts';
import { listOutcomes } from '../consultations/list-outcomes.ts';
import { listSuggestions } from '../consultations/list-suggestions.ts';
import { listTakePart } from '../consultations/list-take-part.ts';
import { listYouSaidWeDid } from '../consultations/list-you-said-we-did.ts';
import { markFollowedUp } from '../consultations/mark-followed-up.ts';
import { moderateSuggestion } from '../consultations/moderate-suggestion.ts';
import { consultationOptionPreview } from '../consultations/option-preview.ts';
import { readOptionImage } from '../consultations/read-option-image.ts';
import { recordStaffAnswer } from '../consultations/record-staff-answer.ts';
import { registerTakePart } from '../consultations/register-take-part.ts';
import { consultationResultsCsv } from '../consultations/results-csv.ts';
import { saveOutcome } from '../consultations/save-outcome.ts';
import {
  CoProductionSettings,
  CoProductionSettingsResponse,
  ConsultationList,
  ConsultationResponse,
  CreateConsultationBody,
  HolderTakePart,
  ModerateSuggestionBody,
  MyAnswerBody,
  MyHaveYourSay,
  MyTakePart,
  OPTION_IMAGE_BASE64_MAX,
  OPTIONS_MAX,
  OptionParams,
  OutcomeBody,
  OutcomeList,
  OutcomeResponse,
  StaffAnswerBody,
  SuggestionBody,
  SuggestionList,
  SuggestionListQuery,
  SuggestionView,
  TakePartBody,
  TakePartList,
  YouSaidWeDid,
} from '../consultations/schemas.ts';
import { submitSuggestion } from '../consultations/submit-suggestion.ts';
import { UTF8_BOM } from '../exports/csv-line.ts';
import { AppError } from '../errors.ts';
import { holderAuditContext } from '../my-card/holder-audit-context.ts';
import { signedIn } from '../plugins/auth.ts';
import { errorResponses, IdParams } from '../schemas.ts';
import { pdfHeaders, PdfResponse } from './pdf-response.ts';

/** Suggestions and take-part wishes per minute per address. */
const WRITES_PER_MINUTE = 10;
/** A new consultation may carry a picture (base64) for every option. */
const CREATE_BODY_LIMIT = OPTIONS_MAX * OPTION_IMAGE_BASE64_MAX + 64 * 1024;
const ImageResponse = Type.Unsafe<Buffer>({ type: 'string', format: 'binary', description: 'JPEG' });

/**
 * Co-production: young carers have their say (/api/my/have-your-say and
 * friends, behind the device cookie), staff ask, read counts, moderate and
 * write "you said, we did" (/api/consultations, /api/suggestions,
 * /api/outcomes, /api/take-part), and the public reads what was published
 * (/api/you-said-we-did).
 */
const routes: FastifyPluginAsyncTypebox = async (app) => {
  const { deps } = app;
  const tags = ['co-production'];

  app.get(
    '/api/you-said-we-did',
    { schema: { tags, summary: '"You said, we did": published outcomes and published suggestions, in the words staff approved (public)', response: { 200: YouSaidWeDid, ...errorResponses } } },
    async (_request, reply) => reply.header('cache-control', 'no-cache').send(await listYouSaidWeDid(deps)),
  );

  await app.register(async (mine) => {
    mine.addHook('onRequest', app.authenticateDevice);
    mine.addHook('onSend', async (_request, reply) => {
      if (!reply.hasHeader('cache-control')) void reply.header('cache-control', 'no-store');
    });
    const typed = mine.withTypeProvider<TypeBoxTypeProvider>();
    const device = (request: FastifyRequest) => {
      if (!request.device) throw new AppError('DEVICE_NOT_SIGNED_IN', 'Open the link you were sent, or enter your code, to see your card.');
      return request.device;
    };

    typed.get(
      '/api/my/have-your-say',
      { schema: { tags, summary: 'Questions open for me, whether I answered, "you said, we did", and whether I asked to take part', response: { 200: MyHaveYourSay, ...errorResponses } } },
      async (request) => getMyHaveYourSay(deps, { device: device(request) }),
    );

    typed.post(
      '/api/my/consultations/:id/answer',
      { schema: { tags, summary: 'Answer a question (once; a second answer gets ALREADY_ANSWERED)', params: IdParams, body: MyAnswerBody, response: { 201: Type.Object({ answered: Type.Literal(true) }), ...errorResponses } } },
      async (request, reply) => reply.code(201).send(await answerConsultation(deps, { device: device(request), consultationId: request.params.id, optionId: request.body.optionId })),
    );

    typed.get(
      '/api/my/consultations/:id/options/:optionId/preview',
      { schema: { tags, summary: 'A card-design option drawn by the card renderer with sample details (PDF)', produces: ['application/pdf'], params: OptionParams, response: { 200: PdfResponse, ...errorResponses } } },
      async (request, reply) => {
        const pdf = await consultationOptionPreview(deps, { consultationId: request.params.id, optionId: request.params.optionId, device: device(request) });
        return pdfHeaders(reply).header('cache-control', 'private, max-age=300').send(pdf);
      },
    );

    typed.get(
      '/api/my/consultations/:id/options/:optionId/image',
      { schema: { tags, summary: "A picture option's image (JPEG, re-encoded)", produces: ['image/jpeg'], params: OptionParams, response: { 200: ImageResponse, ...errorResponses } } },
      async (request, reply) => {
        const jpeg = await readOptionImage(deps, { consultationId: request.params.id, optionId: request.params.optionId, device: device(request) });
        return reply.type('image/jpeg').header('cache-control', 'private, max-age=300').send(jpeg);
      },
    );

    typed.post(
      '/api/my/suggestions',
      {
        schema: { tags, summary: 'Suggest a partner or a benefit (private until staff publish it; not linked to me)', body: SuggestionBody, response: { 201: Type.Object({ received: Type.Literal(true) }), ...errorResponses } },
        config: { rateLimit: { max: WRITES_PER_MINUTE, timeWindow: '1 minute' } },
      },
      async (request, reply) => reply.code(201).send(await submitSuggestion(deps, { input: request.body })),
    );

    typed.put(
      '/api/my/take-part',
      {
        schema: { tags, summary: 'I would like to take part in design groups and events; contact me these ways', body: TakePartBody, response: { 200: MyTakePart, ...errorResponses } },
        config: { rateLimit: { max: WRITES_PER_MINUTE, timeWindow: '1 minute' } },
      },
      async (request) => registerTakePart(deps, { context: holderAuditContext(request.ip), holderId: device(request).holder.id, source: 'online', input: request.body }),
    );
  });

  await app.register(async (staff) => {
    const common = { tags, security: [{ bearer: [] }] };
    staff.addHook('onRequest', app.authenticate);
    staff.addHook('onSend', async (_request, reply) => {
      void reply.header('cache-control', 'private, no-store');
    });
    const typed = staff.withTypeProvider<TypeBoxTypeProvider>();

    typed.get('/api/consultations', { schema: { ...common, summary: 'Consultations, newest first, with counts (shown from 5 answers)', response: { 200: ConsultationList, ...errorResponses } } }, async () => ({
      items: await listConsultations(deps),
    }));

    typed.post(
      '/api/consultations',
      {
        bodyLimit: CREATE_BODY_LIMIT,
        schema: { ...common, summary: 'Ask young carers something (a picture option carries its PNG or JPEG as base64, up to 2 MB)', body: CreateConsultationBody, response: { 201: ConsultationResponse, ...errorResponses } },
      },
      async (request, reply) => reply.code(201).send({ consultation: await createConsultation(deps, { context: signedIn(request), input: request.body }) }),
    );

    typed.get(
      '/api/consultations/:id',
      { schema: { ...common, summary: 'One consultation with its counts (never who answered)', params: IdParams, response: { 200: ConsultationResponse, ...errorResponses } } },
      async (request) => ({ consultation: await getConsultation(deps, { consultationId: request.params.id }) }),
    );

    typed.get(
      '/api/consultations/:id/results.csv',
      { schema: { ...common, summary: 'The counts as CSV', produces: ['text/csv'], params: IdParams, response: { 200: Type.String(), ...errorResponses } } },
      async (request, reply) =>
        reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', 'attachment; filename="consultation-results.csv"')
          .send(UTF8_BOM + (await consultationResultsCsv(deps, { consultationId: request.params.id }))),
    );

    typed.get(
      '/api/consultations/:id/options/:optionId/preview',
      { schema: { ...common, summary: 'A card-design option drawn with sample details (PDF)', produces: ['application/pdf'], params: OptionParams, response: { 200: PdfResponse, ...errorResponses } } },
      async (request, reply) => pdfHeaders(reply).send(await consultationOptionPreview(deps, { consultationId: request.params.id, optionId: request.params.optionId })),
    );

    typed.get(
      '/api/consultations/:id/options/:optionId/image',
      { schema: { ...common, summary: "A picture option's image (JPEG, re-encoded)", produces: ['image/jpeg'], params: OptionParams, response: { 200: ImageResponse, ...errorResponses } } },
      async (request, reply) => reply.type('image/jpeg').send(await readOptionImage(deps, { consultationId: request.params.id, optionId: request.params.optionId })),
    );

    typed.post(
      '/api/consultations/:id/answers',
      { schema: { ...common, summary: 'Write down an answer given by phone, email or at a group session', params: IdParams, body: StaffAnswerBody, response: { 201: ConsultationResponse, ...errorResponses } } },
      async (request, reply) => reply.code(201).send({ consultation: await recordStaffAnswer(deps, { context: signedIn(request), consultationId: request.params.id, input: request.body }) }),
    );

    typed.get(
      '/api/suggestions',
      { schema: { ...common, summary: 'Suggestions from young carers, new first', querystring: SuggestionListQuery, response: { 200: SuggestionList, ...errorResponses } } },
      async (request) => ({ items: await listSuggestions(deps, { status: request.query.status }) }),
    );

    typed.post(
      '/api/suggestions/:id/moderate',
      { schema: { ...common, summary: 'Publish a suggestion in approved words, or decline it', params: IdParams, body: ModerateSuggestionBody, response: { 200: Type.Object({ suggestion: SuggestionView }), ...errorResponses } } },
      async (request) => ({ suggestion: await moderateSuggestion(deps, { context: signedIn(request), suggestionId: request.params.id, input: request.body }) }),
    );

    typed.get('/api/outcomes', { schema: { ...common, summary: '"You said, we did" entries, published or not', response: { 200: OutcomeList, ...errorResponses } } }, async () => ({ items: await listOutcomes(deps) }));

    typed.post(
      '/api/outcomes',
      { schema: { ...common, summary: 'Write a "you said, we did" entry', body: OutcomeBody, response: { 201: OutcomeResponse, ...errorResponses } } },
      async (request, reply) => reply.code(201).send({ outcome: await saveOutcome(deps, { context: signedIn(request), input: request.body }) }),
    );

    typed.put(
      '/api/outcomes/:id',
      { schema: { ...common, summary: 'Change (or publish, or unpublish) a "you said, we did" entry', params: IdParams, body: OutcomeBody, response: { 200: OutcomeResponse, ...errorResponses } } },
      async (request) => ({ outcome: await saveOutcome(deps, { context: signedIn(request), outcomeId: request.params.id, input: request.body }) }),
    );

    typed.get('/api/take-part', { schema: { ...common, summary: 'Young carers who would like to take part, not yet followed up first', response: { 200: TakePartList, ...errorResponses } } }, async () => ({
      items: await listTakePart(deps),
    }));

    typed.get(
      '/api/holders/:id/take-part',
      { schema: { ...common, summary: 'Whether a young carer would like to take part, and whether it was followed up', params: IdParams, response: { 200: HolderTakePart, ...errorResponses } } },
      async (request) => getHolderTakePart(deps, { holderId: request.params.id }),
    );

    typed.put(
      '/api/holders/:id/take-part',
      { schema: { ...common, summary: 'Record that a young carer would like to take part (told to staff)', params: IdParams, body: TakePartBody, response: { 200: MyTakePart, ...errorResponses } } },
      async (request) => registerTakePart(deps, { context: signedIn(request), holderId: request.params.id, source: 'staff', input: request.body }),
    );

    typed.post(
      '/api/take-part/:id/followed-up',
      { schema: { ...common, summary: 'Mark a wish to take part as followed up', params: IdParams, response: { 204: Type.Null(), ...errorResponses } } },
      async (request, reply) => {
        await markFollowedUp(deps, { context: signedIn(request), interestId: request.params.id });
        return reply.code(204).send(null);
      },
    );

    typed.get('/api/settings/co-production', { schema: { ...common, summary: 'How long suggestions and answers are kept', response: { 200: CoProductionSettingsResponse, ...errorResponses } } }, async () => ({
      settings: await loadCoProductionSettings(deps),
    }));

    typed.put(
      '/api/settings/co-production',
      { onRequest: app.requireAdmin, schema: { ...common, summary: 'Change how long suggestions and answers are kept (admin)', body: CoProductionSettings, response: { 200: CoProductionSettingsResponse, ...errorResponses } } },
      async (request) => ({ settings: await updateCoProductionSettings(deps, { context: signedIn(request), settings: request.body }) }),
    );
  });
};

export default routes;
