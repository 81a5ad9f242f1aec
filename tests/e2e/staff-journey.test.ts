import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startServer, type RunningServer } from '../support/server-process.ts';

const ADMIN = { email: 'coordinator@carers.test', password: 'kettle on the windowsill' };

describe('a staff member’s journey in the web app', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startServer({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, ADMIN_NAME: 'Casey Coordinator' });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function signIn(page: Page, who: { email: string; password: string }) {
    await page.goto(`${server.url}/login`);
    await page.getByLabel('Email').fill(who.email);
    await page.getByLabel('Password', { exact: true }).fill(who.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }

  it('the admin signs in, adds a staff member, copies their link, and signs out', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url);
    await expect.poll(() => page.url()).toContain('/login');

    await page.getByLabel('Email').fill(ADMIN.email);
    await page.getByLabel('Password', { exact: true }).fill('not the password at all');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'not right' }).waitFor();

    await signIn(page, ADMIN);
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    await expect.poll(() => page.getByText('Casey Coordinator').count()).toBeGreaterThan(0);

    await page.getByRole('navigation').getByRole('link', { name: 'Staff', exact: true }).click();
    await page.getByLabel('Name').fill('Robin Helper');
    await page.getByLabel('Email').fill('robin.helper@carers.test');
    await page.getByLabel('Role').selectOption('staff');
    await page.getByRole('button', { name: 'Add staff member' }).click();
    const linkBox = page.locator('input[readonly]').first();
    await linkBox.waitFor();
    const link = await linkBox.inputValue();
    expect(link).toMatch(new RegExp(`^${server.url}/set-password#[\\w-]{40,}$`));
    await expect.poll(() => page.getByRole('row').filter({ hasText: 'robin.helper@carers.test' }).count()).toBe(1);

    // A reload keeps the admin signed in (silent refresh from the cookie).
    await page.reload();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();

    await page.getByRole('navigation').getByRole('link', { name: 'Audit log', exact: true }).click();
    await page.getByRole('cell', { name: 'staff.create' }).first().waitFor();
    await page.getByRole('button', { name: /verify/i }).click();
    await page.getByText(/intact/i).first().waitFor();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByText('You have signed out.').waitFor();
    expect(page.url()).toContain('/login');
    // Signed out for real: protected pages send you back to sign in.
    await page.goto(`${server.url}/staff`);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await context.close();

    // The new staff member sets a password through the link, signs in, and sees no admin pages.
    const theirs = await browser.newContext();
    const robin = await theirs.newPage();
    await robin.goto(link);
    await robin.getByLabel('Password', { exact: true }).fill('password1234');
    await robin.getByLabel('Confirm password').fill('password1234');
    await robin.getByRole('button', { name: /set password/i }).click();
    await robin.locator('.field__error', { hasText: /too common/ }).waitFor();
    await robin.getByLabel('Password', { exact: true }).fill('seven blue herons waiting');
    await robin.getByLabel('Confirm password').fill('seven blue herons waiting');
    await robin.getByRole('button', { name: /set password/i }).click();
    await robin.getByRole('heading', { name: 'Password set' }).waitFor();
    await signIn(robin, { email: 'robin.helper@carers.test', password: 'seven blue herons waiting' });
    await robin.getByRole('button', { name: 'Sign out' }).waitFor();
    expect(await robin.getByRole('navigation').getByRole('link', { name: 'Staff', exact: true }).count()).toBe(0);
    await robin.goto(`${server.url}/audit`);
    await robin.getByText(/need an admin account/i).waitFor();
    await theirs.close();
  });
});

describe('first start without ADMIN_EMAIL', () => {
  it('prints a one-time setup link that creates the first admin in the browser', async () => {
    const server = await startServer();
    const browser = await launchChromium();
    try {
      const link = /http:\/\/127\.0\.0\.1:\d+\/setup#[\w-]+/.exec(server.output())?.[0];
      expect(link).toBeDefined();
      const page = await browser.newPage();
      await page.goto(`${server.url}/login`);
      await page.getByText(/setup link/i).first().waitFor();

      await page.goto(link!);
      await page.getByLabel('Name').fill('Fran First');
      await page.getByLabel('Email').fill('fran@carers.test');
      await page.getByLabel('Password', { exact: true }).fill('lighthouse keeper at noon');
      await page.getByLabel('Confirm password').fill('lighthouse keeper at noon');
      await page.getByRole('button', { name: /create/i }).click();
      await page.getByRole('button', { name: 'Sign out' }).waitFor();
      await page.getByText('Fran First').first().waitFor();
      const status = await (await fetch(`${server.url}/api/setup`)).json();
      expect(status).toEqual({ needed: false });
    } finally {
      await browser.close();
      await server.stop();
    }
  });
});

describe('graceful shutdown', () => {
  it('finishes the request in flight on SIGTERM, then exits cleanly', async () => {
    // debug: a request's "incoming request" line is logged at debug.
    const server = await startServer({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, LOG_LEVEL: 'debug' });
    const inFlight = fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(ADMIN),
    });
    // Signal only once the server has the request (sign-in then takes a while: scrypt).
    await expect.poll(() => server.output().includes('"url":"/api/auth/login"'), { timeout: 10_000, interval: 2 }).toBe(true);
    const exitCode = server.stop();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect((await response.json()).accessToken).toBeTruthy();
    expect(await exitCode).toBe(0);
  });
});
