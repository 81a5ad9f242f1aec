import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/server';
import { addPasskey } from '../auth/add-passkey.ts';
import { listMyPasskeys } from '../auth/list-my-passkeys.ts';
import { startPasskeySignIn, verifyPasskeySignIn } from '../auth/passkey-sign-in.ts';
import { removeMyPasskey } from '../auth/remove-my-passkey.ts';
import { startPasskeyRegistration } from '../auth/start-passkey-registration.ts';
import { login } from '../auth/login.ts';
import {
  AddPasskeyBody, AddPasskeyResponse, LoginBody, LoginResponse, MeResponse, PasskeyList, PasskeySignInBody, PasskeySignInStart, WebAuthnOptions, MfaVerifyBody, RecoveryCodesResponse, SessionResponse, SetPasswordBody, SetupBody, SetupResponse,
  SetupStatus, SignedOutEverywhere, ChangePasswordBody, PasswordChanged, PasswordLinkBody, PasswordLinkView, StaffSessionList, TotpConfirmBody, TotpSetupResponse,
} from '../auth/schemas.ts';
import { disableMyMfa } from '../auth/disable-my-mfa.ts';
import { endMySession } from '../auth/end-my-session.ts';
import { listMySessions } from '../auth/list-my-sessions.ts';
import { signOutEverywhere } from '../auth/sign-out-everywhere.ts';
import { confirmTotp } from '../auth/confirm-totp.ts';
import { setUpTotp } from '../auth/set-up-totp.ts';
import { verifyMfa } from '../auth/verify-mfa.ts';
import { logout } from '../auth/logout.ts';
import { refreshSession } from '../auth/sessions.ts';
import { setPasswordWithLink } from '../auth/set-password.ts';
import { changeMyPassword } from '../auth/change-my-password.ts';
import { checkPasswordLink } from '../auth/check-password-link.ts';
import { completeSetup } from '../auth/complete-setup.ts';
import { isSetupNeeded } from '../auth/is-setup-needed.ts';
import { AppError } from '../errors.ts';
import { clearRefreshCookie, REFRESH_COOKIE, setRefreshCookie, signedIn } from '../plugins/auth.ts';
import { errorResponses, IdParams } from '../schemas.ts';
import { toStaffUser } from '../staff/staff-view.ts';

const routes: FastifyPluginAsyncTypebox = async (app) => {
  const { deps } = app;
  const secureCookie = app.config.publicUrl.startsWith('https://');
  const tag = ['auth'];

  /** A new session's answer: the refresh token only in its httpOnly cookie, a short-lived access token in the body. */
  const signedInAnswer = (
    reply: FastifyReply,
    session: { staff: Parameters<typeof toStaffUser>[0] & { id: string }; sessionId: string; refreshToken: string; expiresAt: Date },
    mfaEnrolmentRequired: boolean,
  ) => {
    setRefreshCookie(reply, session.refreshToken, session.expiresAt, secureCookie);
    return {
      accessToken: app.staffTokens.sign(session.staff.id, session.sessionId),
      expiresIn: app.staffTokens.ttlSeconds,
      user: toStaffUser(session.staff),
      mfaEnrolmentRequired,
    };
  };

  app.post(
    '/api/auth/login',
    {
      schema: {
        tags: tag,
        summary: 'Sign in with email and password (with two-step sign-in set up, the answer is an MFA challenge, not a session)',
        body: LoginBody,
        response: { 200: LoginResponse, ...errorResponses },
      },
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const session = await login(deps, { ...request.body, ip: request.ip, userAgent: request.headers['user-agent'] ?? null });
      if (session.kind === 'mfa') {
        return { mfaRequired: true as const, mfaToken: session.mfaToken, expiresIn: session.expiresIn, methods: session.methods };
      }
      return signedInAnswer(reply, session, session.mfaEnrolmentRequired);
    },
  );

  app.post(
    '/api/auth/mfa/verify',
    {
      schema: {
        tags: tag,
        summary: 'Second step of signing in: the MFA challenge and an authenticator or recovery code',
        body: MfaVerifyBody,
        response: { 200: SessionResponse, ...errorResponses },
      },
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const session = await verifyMfa(deps, { ...request.body, ip: request.ip, userAgent: request.headers['user-agent'] ?? null });
      return signedInAnswer(reply, session, false);
    },
  );

  app.post(
    '/api/auth/mfa/totp/setup',
    {
      schema: {
        tags: tag,
        summary: 'Start setting up an authenticator app: a new secret (not active until confirmed)',
        security: [{ bearer: [] }],
        response: { 200: TotpSetupResponse, ...errorResponses },
      },
      onRequest: app.authenticate,
      config: { allowDuringMfaEnrolment: true },
    },
    async (request) => setUpTotp(deps, { staffId: request.staff!.id }),
  );

  app.post(
    '/api/auth/mfa/totp/confirm',
    {
      schema: {
        tags: tag,
        summary: 'Finish setting up the authenticator app with one code; answers the recovery codes, once',
        security: [{ bearer: [] }],
        body: TotpConfirmBody,
        response: { 200: RecoveryCodesResponse, ...errorResponses },
      },
      onRequest: app.authenticate,
      config: { allowDuringMfaEnrolment: true },
    },
    async (request) => confirmTotp(deps, { context: signedIn(request), code: request.body.code }),
  );

  app.post(
    '/api/auth/mfa/disable',
    {
      schema: {
        tags: tag,
        summary: 'Turn off two-step sign-in for one’s own account, with a current code',
        security: [{ bearer: [] }],
        body: TotpConfirmBody,
        response: { 204: Type.Null(), ...errorResponses },
      },
      onRequest: app.authenticate,
    },
    async (request, reply) => {
      await disableMyMfa(deps, { context: signedIn(request), code: request.body.code });
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/auth/mfa/passkey/options',
    {
      schema: {
        tags: tag,
        summary: 'Second step with a passkey, part one: options for navigator.credentials.get()',
        body: PasskeySignInStart,
        response: { 200: WebAuthnOptions, ...errorResponses },
      },
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
    },
    async (request) => ({ options: await startPasskeySignIn(deps, { mfaToken: request.body.mfaToken }) }),
  );

  app.post(
    '/api/auth/mfa/passkey',
    {
      schema: {
        tags: tag,
        summary: 'Second step with a passkey, part two: the browser’s signed answer; answers a session',
        body: PasskeySignInBody,
        response: { 200: SessionResponse, ...errorResponses },
      },
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const session = await verifyPasskeySignIn(deps, {
        mfaToken: request.body.mfaToken,
        response: request.body.response as AuthenticationResponseJSON,
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
      });
      return signedInAnswer(reply, session, false);
    },
  );

  app.get(
    '/api/auth/passkeys',
    {
      schema: { tags: tag, summary: 'One’s own passkeys', security: [{ bearer: [] }], response: { 200: PasskeyList, ...errorResponses } },
      onRequest: app.authenticate,
      config: { allowDuringMfaEnrolment: true },
    },
    async (request) => listMyPasskeys(deps, { staffId: request.staff!.id }),
  );

  app.post(
    '/api/auth/passkeys/options',
    {
      schema: {
        tags: tag,
        summary: 'Adding a passkey, part one: options for navigator.credentials.create()',
        security: [{ bearer: [] }],
        response: { 200: WebAuthnOptions, ...errorResponses },
      },
      onRequest: app.authenticate,
      config: { allowDuringMfaEnrolment: true },
    },
    async (request) => ({ options: await startPasskeyRegistration(deps, { staffId: request.staff!.id }) }),
  );

  app.post(
    '/api/auth/passkeys',
    {
      schema: {
        tags: tag,
        summary: 'Adding a passkey, part two: the browser’s answer; with the first second factor, answers recovery codes once',
        security: [{ bearer: [] }],
        body: AddPasskeyBody,
        response: { 201: AddPasskeyResponse, ...errorResponses },
      },
      onRequest: app.authenticate,
      config: { allowDuringMfaEnrolment: true },
    },
    async (request, reply) => {
      const added = await addPasskey(deps, {
        context: signedIn(request), name: request.body.name, response: request.body.response as RegistrationResponseJSON,
      });
      return reply.code(201).send(added);
    },
  );

  app.delete(
    '/api/auth/passkeys/:id',
    {
      schema: { tags: tag, summary: 'Remove one of one’s own passkeys', security: [{ bearer: [] }], params: IdParams, response: { 204: Type.Null(), ...errorResponses } },
      onRequest: app.authenticate,
    },
    async (request, reply) => {
      await removeMyPasskey(deps, { context: signedIn(request), passkeyId: request.params.id });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/auth/sessions',
    {
      schema: { tags: tag, summary: 'The signed-in person’s open sessions', security: [{ bearer: [] }], response: { 200: StaffSessionList, ...errorResponses } },
      onRequest: app.authenticate,
      config: { allowDuringMfaEnrolment: true },
    },
    async (request) => listMySessions(deps, { staffId: request.staff!.id, currentSessionId: request.staff!.sessionId }),
  );

  app.delete(
    '/api/auth/sessions/:id',
    {
      schema: { tags: tag, summary: 'End one of one’s own sessions', security: [{ bearer: [] }], params: IdParams, response: { 204: Type.Null(), ...errorResponses } },
      onRequest: app.authenticate,
      config: { allowDuringMfaEnrolment: true },
    },
    async (request, reply) => {
      await endMySession(deps, { context: signedIn(request), sessionId: request.params.id });
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/auth/sessions/end-all',
    {
      schema: {
        tags: tag,
        summary: 'Sign out everywhere: end every session of one’s own, this one included',
        security: [{ bearer: [] }],
        response: { 200: SignedOutEverywhere, ...errorResponses },
      },
      onRequest: app.authenticate,
      config: { allowDuringMfaEnrolment: true },
    },
    async (request, reply) => {
      const result = await signOutEverywhere(deps, { context: signedIn(request) });
      clearRefreshCookie(reply, secureCookie);
      return result;
    },
  );

  app.post(
    '/api/auth/refresh',
    {
      schema: {
        tags: tag,
        summary: 'Exchange the refresh cookie for a new access token (the cookie rotates)',
        response: { 200: SessionResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      const token = request.cookies[REFRESH_COOKIE];
      if (!token) throw new AppError('INVALID_REFRESH_TOKEN', 'Your session has ended. Please sign in again.');
      try {
        const session = await refreshSession(deps, { refreshToken: token, ip: request.ip });
        return signedInAnswer(reply, session, session.mfaEnrolmentRequired);
      } catch (error) {
        if (error instanceof AppError) clearRefreshCookie(reply, secureCookie);
        throw error;
      }
    },
  );

  app.post(
    '/api/auth/logout',
    {
      schema: { tags: tag, summary: 'End this session', security: [{ bearer: [] }], response: { 204: Type.Null(), ...errorResponses } },
      onRequest: app.authenticate,
      config: { allowDuringMfaEnrolment: true },
    },
    async (request, reply) => {
      const staff = request.staff!;
      await logout(deps, { context: request.auditContext(), staffId: staff.id, sessionId: staff.sessionId });
      clearRefreshCookie(reply, secureCookie);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/auth/me',
    {
      schema: { tags: tag, summary: 'The signed-in staff member', security: [{ bearer: [] }], response: { 200: MeResponse, ...errorResponses } },
      onRequest: app.authenticate,
      config: { allowDuringMfaEnrolment: true },
    },
    async (request) => {
      const { sessionId: _sessionId, mfaEnrolmentRequired, ...user } = request.staff!;
      return { user, mfaEnrolmentRequired };
    },
  );

  app.post(
    '/api/auth/set-password',
    {
      schema: { tags: tag, summary: 'Set a password with a one-time link', body: SetPasswordBody, response: { 204: Type.Null(), ...errorResponses } },
      config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      await setPasswordWithLink(deps, { ...request.body, ip: request.ip });
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/auth/set-password/check',
    {
      schema: { tags: tag, summary: 'Check a one-time set-password link without using it: whose account it is for', body: PasswordLinkBody, response: { 200: PasswordLinkView, ...errorResponses } },
      config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      void reply.header('cache-control', 'no-store');
      return checkPasswordLink(deps, { token: request.body.token });
    },
  );

  app.post(
    '/api/auth/password',
    {
      schema: {
        tags: tag,
        summary: 'Change one’s own password (current password required); every other session of the account ends',
        security: [{ bearer: [] }],
        body: ChangePasswordBody,
        response: { 200: PasswordChanged, ...errorResponses },
      },
      onRequest: app.authenticate,
    },
    async (request) => changeMyPassword(deps, { ...request.body, context: signedIn(request), sessionId: request.staff!.sessionId }),
  );

  app.get(
    '/api/setup',
    { schema: { tags: ['setup'], summary: 'Whether the first admin still has to be created', response: { 200: SetupStatus } } },
    async () => ({ needed: await isSetupNeeded(deps) }),
  );

  app.post(
    '/api/setup',
    {
      schema: {
        tags: ['setup'],
        summary: 'Create the first admin with the one-time setup link printed at start-up',
        body: SetupBody,
        response: { 201: SetupResponse, ...errorResponses },
      },
      config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const user = await completeSetup(deps, { setup: request.body, ip: request.ip });
      return reply.code(201).send({ user });
    },
  );
};

export default routes;
