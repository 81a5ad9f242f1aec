import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startServer, type RunningServer } from '../support/server-process.ts';
import { ADMIN } from './public-app-support.ts';
import { apiToken, callApi } from './staff-session.ts';

/**
 * A page on another port of the same host is the same site to the browser,
 * so SameSite=Strict cookies go with its requests. It must still not be able
 * to freeze a young carer's card: a real Chromium, signed in on /my, opens
 * such a page, which fires a no-cors POST at "I've lost my card".
 */
describe('a page on another port of the same host', () => {
  let server: RunningServer;
  let attacker: Server;
  let attackerUrl: string;
  let browser: Browser;
  let admin: string;

  beforeAll(async () => {
    server = await startServer({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password });
    browser = await launchChromium();
    admin = await apiToken(server.url, ADMIN);
    attacker = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(`<!doctype html><title>Free stuff</title><script>
        fetch(${JSON.stringify(`${server.url}/api/my/card/lost`)}, { method: 'POST', mode: 'no-cors', credentials: 'include' })
          .finally(() => { document.title = 'sent'; });
      </script>`);
    });
    await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
    attackerUrl = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}/`;
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => attacker?.close(resolve));
    await server?.stop();
  });

  it("cannot freeze a signed-in young carer's card, which their own page still can", async () => {
    const { holder } = await callApi<{ holder: { id: string } }>(server.url, admin, 'POST', '/api/holders', {
      givenName: 'Noor',
      familyName: 'Testfamily',
      dateOfBirth: '2012-05-17',
      consentBy: 'parent',
      consentAt: new Date().toISOString(),
      consentMethod: 'written',
    });
    const { card } = await callApi<{ card: { id: string } }>(server.url, admin, 'POST', `/api/holders/${holder.id}/cards`, {});
    const { code } = await callApi<{ code: string }>(server.url, admin, 'POST', `/api/cards/${card.id}/invitations`, { channel: 'print' });
    const status = async () => (await callApi<{ card: { status: string } }>(server.url, admin, 'GET', `/api/cards/${card.id}`)).card.status;

    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/my`);
    const signedIn = await page.evaluate(
      async ({ code, dateOfBirth }) => (await fetch('/api/my/sign-in', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code, dateOfBirth }) })).status,
      { code, dateOfBirth: '2012-05-17' },
    );
    expect(signedIn).toBe(200);
    expect((await context.cookies(`${server.url}/api/my/card`)).map((c) => c.name)).toContain('yc_device');

    const other = await context.newPage();
    await other.goto(attackerUrl);
    await other.waitForFunction(() => document.title === 'sent');
    expect(await status()).toBe('active');

    // The young carer's own page: the same request is taken.
    const own = await page.evaluate(async () => (await fetch('/api/my/card/lost', { method: 'POST' })).status);
    expect(own).toBe(200);
    expect(await status()).toBe('suspended');
    await context.close();
  });
});
