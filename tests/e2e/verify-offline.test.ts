import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startServer, type RunningServer } from '../support/server-process.ts';
import {
  accessibilityProblems,
  addPartner,
  ADMIN,
  expiredTwin,
  issueCardFor,
  revokeCard,
  serverEnv,
  tampered,
  testSigningKey,
  waitForServiceWorker,
  type IssuedCard,
} from './public-app-support.ts';
import { apiToken } from './staff-session.ts';

/**
 * The verify page with no connection at all. The phone opens the page once
 * online (the service worker installs, the keys and status list are saved),
 * then the server is stopped and the browser put offline, so nothing can
 * reach the API, the service worker's own fetches included.
 */
describe('checking cards offline', () => {
  const key = testSigningKey();
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let valid: IssuedCard;
  let revoked: IssuedCard;
  let expiredToken: string;
  beforeAll(async () => {
    server = await startServer(serverEnv(key));
    browser = await launchChromium();
    const admin = await apiToken(server.url, ADMIN);
    await addPartner(server.url, admin, 'Riverside Pool', { title: 'Free swim' });
    valid = await issueCardFor(server.url, admin, 'Zosia');
    revoked = await issueCardFor(server.url, admin, 'Ola');
    // Revoked before any status list was built or saved.
    await revokeCard(server.url, admin, revoked.id);
    expiredToken = await expiredTwin((await issueCardFor(server.url, admin, 'Kit')).token, key.jwk);
    context = await browser.newContext({ viewport: { width: 375, height: 740 } });
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });
  const result = () => page.getByRole('heading', { level: 1 });

  it('installs the service worker at scope / and saves what an offline check needs', async () => {
    await page.goto(`${server.url}/v`);
    await waitForServiceWorker(page);
    // Opened again, now under the worker's control: the page refreshes the saved copies.
    await page.reload();
    await page.locator('[data-offline-ready="yes"]').waitFor();
    expect(await page.locator('.offline-note').innerText()).toMatch(/revocations as of \d\d:\d\d today/);
    const saved = await page.evaluate(async () => {
      const names = await caches.keys();
      const keys = await caches.match('/.well-known/jwks.json');
      const list = await caches.match('/api/v1/status-list');
      return { names, keys: keys?.status, list: list?.status };
    });
    expect(saved.names).toEqual(expect.arrayContaining(['yc-offline-check']));
    expect(saved).toMatchObject({ keys: 200, list: 200 });
    // The directory, once seen online, is kept too.
    await page.goto(`${server.url}/benefits`);
    await page.getByText('Free swim').waitFor();
  });

  it('leaves the staff app alone: its pages come from the server, not the worker', async () => {
    await page.goto(`${server.url}/login`);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(await page.evaluate(() => document.querySelector('script[type=module]')?.getAttribute('src'))).toMatch(/^\/assets\//);
  });

  it('checks a scanned card on the phone once the API is out of reach', async () => {
    await server.stop();
    await context.setOffline(true);
    const reachable = await page.evaluate(() =>
      fetch('/api/v1/verify', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"cardNumber":"x"}' }).then(
        () => true,
        () => false,
      ),
    );
    expect(reachable).toBe(false);

    await page.goto(`${server.url}/v#${valid.token}`);
    await expect.poll(() => result().innerText()).toBe('VALID');
    expect(await page.locator('.result__name').innerText()).toContain('Zosia');
    expect(await page.locator('.result__offline').innerText()).toMatch(/^Checked offline — revocations as of \d\d:\d\d today\./);
    expect(await page.getByText('Benefits are listed when this phone is online.').count()).toBe(1);
    expect(await page.getByRole('status').first().innerText()).toContain('Checked offline.');
    expect(page.url()).toBe(`${server.url}/v`);
    expect(await accessibilityProblems(page)).toEqual([]);
  });

  it('shows a card revoked before the list was saved as NOT VALID offline', async () => {
    await page.goto(`${server.url}/v#${revoked.token}`);
    await expect.poll(() => result().innerText()).toBe('NOT VALID');
    expect(await page.locator('.result__offline').count()).toBe(1);
    expect(await page.locator('main').innerText()).not.toContain('Ola');
  });

  it('shows a tampered token as NOT VALID and an expired card as EXPIRED offline', async () => {
    await page.goto(`${server.url}/v#${tampered(valid.token)}`);
    await expect.poll(() => result().innerText()).toBe('NOT VALID');
    await page.goto(`${server.url}/v#${expiredToken}`);
    await expect.poll(() => result().innerText()).toBe('EXPIRED');
    expect(await page.locator('.result__name').innerText()).toContain('Kit');
  });

  it('says honestly that a typed number cannot be checked offline', async () => {
    await page.goto(`${server.url}/v`);
    await page.getByRole('textbox', { name: 'Card number' }).fill(valid.number);
    await page.getByRole('button', { name: 'Check card' }).click();
    await page.getByRole('heading', { level: 1, name: 'A card number can’t be checked offline' }).waitFor();
    expect(await page.getByText('NOT CHECKED', { exact: true }).count()).toBe(1);
    expect(await page.getByText(/^(NOT )?VALID$/).count()).toBe(0);
    expect(await accessibilityProblems(page)).toEqual([]);
  });

  it('shows the saved benefits directory, labelled as a saved copy', async () => {
    await page.goto(`${server.url}/benefits`);
    await page.getByText('Free swim').waitFor();
    expect(await page.getByText(/You may be offline: this is the list saved on this phone, as of \d\d:\d\d today/).count()).toBe(1);
  });

  it('does not serve the staff app from the worker offline', async () => {
    const opened = await page.goto(`${server.url}/login`).then(
      () => 'opened',
      () => 'failed',
    );
    if (opened === 'opened') expect(await page.getByRole('button', { name: 'Scan a card' }).count()).toBe(0);
    expect(opened).toBe('failed');
  });
});

describe('a phone that never saved anything', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startServer(serverEnv(testSigningKey()));
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('never shows VALID without a real check: it says it cannot check offline', async () => {
    const admin = await apiToken(server.url, ADMIN);
    const card = await issueCardFor(server.url, admin, 'Zosia');
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    // The page loads, but the API is unreachable and nothing was ever saved.
    await page.route('**/api/v1/**', (route) => route.abort('internetdisconnected'));
    await page.route('**/.well-known/**', (route) => route.abort('internetdisconnected'));
    await page.goto(`${server.url}/v#${card.token}`);
    await page.getByRole('heading', { level: 1, name: 'Can’t check offline on this phone yet' }).waitFor();
    expect(await page.getByText(/^(NOT )?VALID$/).count()).toBe(0);
    expect(await page.getByRole('status').first().innerText()).toContain('Card not checked.');
    await context.close();
  });
});
