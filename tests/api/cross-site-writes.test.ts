import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertHolder } from '../support/holders.ts';
import { bearer, createStaffMember, loginAs, refreshCookieOf, startTestApp, type TestApp } from '../support/test-app.ts';
import { testEngines } from '../support/test-database.ts';

/**
 * Cookie-authenticated writes (/api/my, /api/auth) from a page that is not
 * ours: another port or subdomain of the same site gets past SameSite=Strict,
 * so the browser's own Sec-Fetch-Site (or Origin) decides. The headers here are
 * the ones Chromium sends; tests/e2e/cross-site-writes.test.ts fires the same
 * request from a real page on another port.
 */
describe.each(testEngines())('writes a cookie signs in to, from other pages, on %s', (engine) => {
  let t: TestApp;
  let staffToken: string;
  let staff: { email: string; password: string };
  beforeAll(async () => {
    t = await startTestApp(engine, { RATE_LIMIT_PER_MINUTE: '100000' });
    staff = await createStaffMember(t.app, 'staff');
    staffToken = (await loginAs(t.app, staff)).accessToken;
  });
  afterAll(async () => t.close());

  const sameSite = { 'sec-fetch-site': 'same-site', origin: 'http://cards.test:8081' };
  const crossSite = { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' };
  const ownPage = { 'sec-fetch-site': 'same-origin', origin: 'http://cards.test' };

  async function phoneCookie(): Promise<{ cookie: string; cardId: string }> {
    const holder = await insertHolder(t.app, { dateOfBirth: '2012-03-09' });
    const card = (await t.app.inject({ method: 'POST', url: `/api/holders/${holder.id}/cards`, payload: {}, headers: bearer(staffToken) })).json().card;
    const { code } = (await t.app.inject({ method: 'POST', url: `/api/cards/${card.id}/invitations`, payload: { channel: 'print' }, headers: bearer(staffToken) })).json();
    const signedIn = await t.app.inject({ method: 'POST', url: '/api/my/sign-in', payload: { code, dateOfBirth: '2012-03-09' }, headers: ownPage, remoteAddress: `10.7.${Math.floor(Math.random() * 250)}.1` });
    expect(signedIn.statusCode, signedIn.body).toBe(200);
    return { cookie: signedIn.cookies.find((c) => c.name === 'yc_device')!.value, cardId: card.id };
  }
  const cardStatus = async (id: string) => (await t.app.db.card.findUniqueOrThrow({ where: { id } })).status;

  it("refuses \"I've lost my card\" and sign-out from another port or site, and takes them from our own page", async () => {
    const { cookie, cardId } = await phoneCookie();
    for (const headers of [sameSite, crossSite, { origin: 'http://cards.test:8081' }, { 'sec-fetch-site': 'none' }]) {
      for (const url of ['/api/my/card/lost', '/api/my/sign-out']) {
        const refused = await t.app.inject({ method: 'POST', url, headers, cookies: { yc_device: cookie } });
        expect(refused.statusCode, `${url} ${JSON.stringify(headers)}`).toBe(403);
        expect(refused.json().error.code).toBe('CROSS_SITE_REQUEST');
      }
    }
    expect(await cardStatus(cardId)).toBe('active');
    expect((await t.app.inject({ method: 'GET', url: '/api/my/card', cookies: { yc_device: cookie } })).statusCode).toBe(200);
    // Our own page, and an older browser that sends only Origin.
    const lost = await t.app.inject({ method: 'POST', url: '/api/my/card/lost', headers: ownPage, cookies: { yc_device: cookie } });
    expect(lost.statusCode, lost.body).toBe(200);
    expect(await cardStatus(cardId)).toBe('suspended');
    const other = await phoneCookie();
    expect((await t.app.inject({ method: 'POST', url: '/api/my/card/lost', headers: { origin: 'http://cards.test' }, cookies: { yc_device: other.cookie } })).statusCode).toBe(200);
  });

  it('refuses a staff refresh or sign-out from another port or site, which leaves the session as it was', async () => {
    const login = await loginAs(t.app, staff);
    const refresh = login.refreshCookie!;
    for (const url of ['/api/auth/refresh', '/api/auth/logout']) {
      const refused = await t.app.inject({ method: 'POST', url, headers: { ...sameSite, ...bearer(login.accessToken) }, cookies: { yc_refresh: refresh } });
      expect(refused.statusCode, url).toBe(403);
      expect(refused.json().error.code).toBe('CROSS_SITE_REQUEST');
    }
    const refreshed = await t.app.inject({ method: 'POST', url: '/api/auth/refresh', headers: ownPage, cookies: { yc_refresh: refresh } });
    expect(refreshed.statusCode, refreshed.body).toBe(200);
    expect(refreshCookieOf(refreshed)).toBeDefined();
    // Reads and the public verify API are not affected: CORS keeps verify open to any page.
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/verify', payload: { cardNumber: 'YC-0000-0000' }, headers: crossSite })).statusCode).toBe(200);
  });
});
