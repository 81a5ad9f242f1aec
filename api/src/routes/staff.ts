import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { createStaff } from '../staff/create-staff.ts';
import { disableStaff, enableStaff, issuePasswordLink, listStaff, updateStaff } from '../staff/manage-staff.ts';
import { CreateStaffBody, CreatedStaff, PasswordLink, StaffList, StaffUserResponse, UpdateStaffBody } from '../staff/schemas.ts';
import { errorResponses, IdParams } from '../schemas.ts';
import { signedIn } from '../plugins/auth.ts';

/** Admin-only management of staff accounts. */
const routes: FastifyPluginAsyncTypebox = async (app) => {
  const { deps } = app;
  const common = { tags: ['staff'], security: [{ bearer: [] }] };
  // onRequest: an unauthenticated or non-admin caller is refused before the body is even parsed.
  app.addHook('onRequest', app.requireAdmin);

  app.get('/api/staff', { schema: { ...common, summary: 'List staff accounts', response: { 200: StaffList, ...errorResponses } } }, async () =>
    listStaff(deps),
  );

  app.post(
    '/api/staff',
    {
      schema: {
        ...common,
        summary: 'Add a staff account; answers with a one-time link for them to set a password',
        body: CreateStaffBody,
        response: { 201: CreatedStaff, ...errorResponses },
      },
    },
    async (request, reply) => reply.code(201).send(await createStaff(deps, request.auditContext(), request.body)),
  );

  app.patch(
    '/api/staff/:id',
    { schema: { ...common, summary: 'Change role or name', params: IdParams, body: UpdateStaffBody, response: { 200: StaffUserResponse, ...errorResponses } } },
    async (request) => ({ user: await updateStaff(deps, signedIn(request), request.params.id, request.body) }),
  );

  app.post(
    '/api/staff/:id/disable',
    { schema: { ...common, summary: 'Disable an account and end its sessions at once', params: IdParams, response: { 200: StaffUserResponse, ...errorResponses } } },
    async (request) => ({ user: await disableStaff(deps, signedIn(request), request.params.id) }),
  );

  app.post(
    '/api/staff/:id/enable',
    { schema: { ...common, summary: 'Re-enable an account', params: IdParams, response: { 200: StaffUserResponse, ...errorResponses } } },
    async (request) => ({ user: await enableStaff(deps, signedIn(request), request.params.id) }),
  );

  app.post(
    '/api/staff/:id/password-link',
    { schema: { ...common, summary: 'Issue a new one-time set-password link', params: IdParams, response: { 200: PasswordLink, ...errorResponses } } },
    async (request) => issuePasswordLink(deps, signedIn(request), request.params.id),
  );
};

export default routes;
