import fp from 'fastify-plugin';
import type { FastifyReply, FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import { AppError } from '../errors.ts';
import { DEVICE_COOKIE, DEVICE_COOKIE_PATH } from '../my-card/device-cookie.ts';
import { findDeviceSession, type SignedInDevice } from '../my-card/find-device-session.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** For the young carer's own endpoints: the device cookie must name a live session. */
    authenticateDevice: onRequestAsyncHookHandler;
    setDeviceCookie(reply: FastifyReply, token: string, expiresAt: Date): void;
    clearDeviceCookie(reply: FastifyReply): void;
  }
  interface FastifyRequest {
    device: SignedInDevice | null;
  }
}

/** The phone's session for a young carer's own card: an httpOnly, SameSite=Strict cookie sent only to /api/my. */
export default fp(
  async (app) => {
    const secure = app.config.publicUrl.startsWith('https://');
    const cookie = { httpOnly: true, sameSite: 'strict' as const, secure, path: DEVICE_COOKIE_PATH };
    app.decorate('setDeviceCookie', (reply: FastifyReply, token: string, expiresAt: Date) => {
      void reply.setCookie(DEVICE_COOKIE, token, { ...cookie, expires: expiresAt });
    });
    app.decorate('clearDeviceCookie', (reply: FastifyReply) => {
      void reply.clearCookie(DEVICE_COOKIE, cookie);
    });
    app.decorateRequest('device', null);
    app.decorate('authenticateDevice', async (request: FastifyRequest) => {
      const device = await findDeviceSession(app.deps, { token: request.cookies[DEVICE_COOKIE] });
      if (!device) throw new AppError('DEVICE_NOT_SIGNED_IN', 'Open the link you were sent, or enter your code, to see your card.');
      request.device = device;
    });
  },
  { name: 'device-auth', dependencies: ['auth', 'deps'] },
);
