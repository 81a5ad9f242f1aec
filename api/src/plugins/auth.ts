import { hasSecondFactor } from '../auth/second-factor.ts';
import fastifyCookie from '@fastify/cookie';
import fastifyJwt from '@fastify/jwt';
import fp from 'fastify-plugin';
import type { FastifyReply, FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import type { AuditContext } from '../audit/record-audit-event.ts';
import { loadSessionSecret } from '../auth/secrets.ts';
import { findActiveSession } from '../auth/sessions.ts';
import { AppError } from '../errors.ts';
import type { StaffUser } from '../staff/schemas.ts';
import { toStaffUser } from '../staff/staff-view.ts';

/** Staff access tokens: HS256 with our own `typ`, never accepted for anything else (card tokens are EdDSA with another typ and key). */
export const STAFF_TOKEN_TYP = 'yc-staff+jwt';
const ISSUER = 'ycards-staff';
export const REFRESH_COOKIE = 'yc_refresh';

export type AuthenticatedStaff = StaffUser & { sessionId: string; mfaEnrolmentRequired: boolean };

declare module 'fastify' {
  interface FastifyInstance {
    staffTokens: { sign(staffId: string, sessionId: string): string; ttlSeconds: number };
    authenticate: onRequestAsyncHookHandler;
    requireAdmin: onRequestAsyncHookHandler;
  }
  interface FastifyContextConfig {
    /** The few staff routes an account that must still set up two-step sign-in may call (me, logout, enrolment). */
    allowDuringMfaEnrolment?: boolean;
  }
  interface FastifyRequest {
    staff: AuthenticatedStaff | null;
    /** Who is acting and from where, for the audit log. */
    auditContext(): AuditContext;
  }
}

export default fp(
  async (app) => {
    const { config } = app;
    const secret = loadSessionSecret(config.dataDir, config.sessionSecret);
    await app.register(fastifyCookie);
    await app.register(fastifyJwt, {
      secret,
      sign: { algorithm: 'HS256', iss: ISSUER, expiresIn: `${config.accessTokenTtlSeconds}s`, header: { alg: 'HS256', typ: STAFF_TOKEN_TYP } },
      verify: { algorithms: ['HS256'], allowedIss: ISSUER, checkTyp: STAFF_TOKEN_TYP, requiredClaims: ['sub', 'sid', 'exp'] },
    });

    app.decorate('staffTokens', {
      sign: (staffId: string, sessionId: string) => app.jwt.sign({ sub: staffId, sid: sessionId }),
      ttlSeconds: config.accessTokenTtlSeconds,
    });
    app.decorateRequest('staff', null);
    app.decorateRequest('auditContext', function (this: FastifyRequest): AuditContext {
      return { actor: this.staff ? { id: this.staff.id, email: this.staff.email } : null, ip: this.ip };
    });

    app.decorate('authenticate', async (request: FastifyRequest) => {
      const header = request.headers.authorization;
      const token = header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : undefined;
      if (!token) throw new AppError('NOT_AUTHENTICATED', 'Sign in to continue.');
      let claims: { sub: string; sid: string };
      try {
        claims = app.jwt.verify<{ sub: string; sid: string }>(token);
      } catch (error) {
        const expired = (error as { code?: string }).code === 'FAST_JWT_EXPIRED';
        throw expired
          ? new AppError('SESSION_EXPIRED', 'Your session has expired. Please sign in again.')
          : new AppError('NOT_AUTHENTICATED', 'Sign in to continue.');
      }
      const session = await findActiveSession(app.deps, { sessionId: claims.sid, staffId: claims.sub });
      if (!session) throw new AppError('SESSION_EXPIRED', 'Your session has ended. Please sign in again.');
      // Only accounts without a second factor pay for reading the setting.
      const mfaEnrolmentRequired = !hasSecondFactor(session.staff) && (await app.deps.mfaRequirement.current());
      request.staff = { ...toStaffUser(session.staff), sessionId: session.id, mfaEnrolmentRequired };
      if (mfaEnrolmentRequired && !request.routeOptions.config.allowDuringMfaEnrolment) {
        throw new AppError('MFA_ENROLMENT_REQUIRED', 'Set up two-step sign-in to continue.');
      }
    });

    app.decorate('requireAdmin', async (request: FastifyRequest, reply: FastifyReply) => {
      await app.authenticate.call(app, request, reply);
      if (request.staff?.role !== 'admin') throw new AppError('FORBIDDEN', 'This needs an admin account.');
    });
  },
  { name: 'auth', dependencies: ['config', 'deps'] },
);

export function setRefreshCookie(reply: FastifyReply, token: string, expiresAt: Date, secure: boolean): void {
  void reply.setCookie(REFRESH_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure,
    path: '/api/auth',
    expires: expiresAt,
  });
}

export function clearRefreshCookie(reply: FastifyReply, secure: boolean): void {
  void reply.clearCookie(REFRESH_COOKIE, { httpOnly: true, sameSite: 'strict', secure, path: '/api/auth' });
}

/** The audit context of a route behind `authenticate`, with its actor guaranteed. */
export function signedIn(request: FastifyRequest): AuditContext & { actor: { id: string; email: string } } {
  const context = request.auditContext();
  if (!context.actor) throw new Error('signedIn() used on a route without authentication');
  return { ...context, actor: context.actor };
}
