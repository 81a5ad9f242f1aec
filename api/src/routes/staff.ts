import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { createStaff } from '../staff/create-staff.ts';
import { disableStaff } from '../staff/disable-staff.ts';
import { enableStaff } from '../staff/enable-staff.ts';
import { issuePasswordLink } from '../staff/issue-password-link.ts';
import { listStaff } from '../staff/list-staff.ts';
import { updateStaff } from '../staff/update-staff.ts';
import { resetStaffMfa } from '../staff/reset-staff-mfa.ts';
import { setSecuritySettings } from '../staff/set-security-settings.ts';
import { isMfaRequired } from '../auth/mfa-requirement.ts';
import {
  CreateStaffBody, CreatedStaff, PasswordLink, ResetMfaBody, SecuritySettings, StaffList, StaffUserResponse, UpdateStaffBody,
} from '../staff/schemas.ts';
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
    async (request, reply) => reply.code(201).send(await createStaff(deps, { context: request.auditContext(), staff: request.body })),
  );

  app.patch(
    '/api/staff/:id',
    { schema: { ...common, summary: 'Change role or name', params: IdParams, body: UpdateStaffBody, response: { 200: StaffUserResponse, ...errorResponses } } },
    async (request) => ({ user: await updateStaff(deps, { context: signedIn(request), staffId: request.params.id, changes: request.body }) }),
  );

  app.post(
    '/api/staff/:id/disable',
    { schema: { ...common, summary: 'Disable an account and end its sessions at once', params: IdParams, response: { 200: StaffUserResponse, ...errorResponses } } },
    async (request) => ({ user: await disableStaff(deps, { context: signedIn(request), staffId: request.params.id }) }),
  );

  app.post(
    '/api/staff/:id/enable',
    { schema: { ...common, summary: 'Re-enable an account', params: IdParams, response: { 200: StaffUserResponse, ...errorResponses } } },
    async (request) => ({ user: await enableStaff(deps, { context: signedIn(request), staffId: request.params.id }) }),
  );

  app.post(
    '/api/staff/:id/password-link',
    { schema: { ...common, summary: 'Issue a new one-time set-password link', params: IdParams, response: { 200: PasswordLink, ...errorResponses } } },
    async (request) => issuePasswordLink(deps, { context: signedIn(request), staffId: request.params.id }),
  );

  app.post(
    '/api/staff/:id/mfa/reset',
    {
      schema: {
        ...common,
        summary: 'Remove someone’s two-step sign-in (lost device) and end their sessions; the body repeats their email',
        params: IdParams,
        body: ResetMfaBody,
        response: { 200: StaffUserResponse, ...errorResponses },
      },
    },
    async (request) => ({
      user: await resetStaffMfa(deps, { context: signedIn(request), staffId: request.params.id, confirmEmail: request.body.confirmEmail }),
    }),
  );

  app.get(
    '/api/staff/security-settings',
    { schema: { ...common, summary: 'Service-wide sign-in rules', response: { 200: SecuritySettings, ...errorResponses } } },
    async () => ({ mfaRequired: await isMfaRequired(deps.db) }),
  );

  app.put(
    '/api/staff/security-settings',
    {
      schema: {
        ...common,
        summary: 'Set the service-wide sign-in rules (require two-step sign-in for everyone)',
        body: SecuritySettings,
        response: { 200: SecuritySettings, ...errorResponses },
      },
    },
    async (request) => setSecuritySettings(deps, { context: signedIn(request), settings: request.body }),
  );
};

export default routes;
