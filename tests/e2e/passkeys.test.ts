import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startServer, type RunningServer } from '../support/server-process.ts';
import { accessibilityProblems, collectConsoleErrors } from './public-app-support.ts';
import { createStaffMember } from './staff-session.ts';

const ADMIN = { email: 'coordinator@carers.test', password: 'kettle on the windowsill' };
const MEMBER = { email: 'sam.support@carers.test', password: 'a garden of purple tulips', name: 'Sam Support' };

/**
 * Passkeys through the real pages, with Chromium's virtual authenticator
 * (the DevTools WebAuthn domain) standing in for a laptop's fingerprint
 * reader: the browser makes and uses real credentials, and the server checks
 * them. The service runs on http://localhost, since browsers make passkeys
 * only for a name, never for 127.0.0.1.
 */
describe('passkeys in the web app', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startServer({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, ADMIN_NAME: 'Casey Coordinator' }, { hostname: 'localhost' });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** A tab with a platform authenticator that says yes at once, as a laptop would after a fingerprint. */
  async function tabWithAuthenticator(): Promise<{ context: BrowserContext; page: Page; credentials(): Promise<Array<{ signCount: number }>> }> {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('WebAuthn.enable');
    const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
    });
    const credentials = async () => (await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials;
    return { context, page, credentials };
  }

  async function passwordStep(page: Page, who: { email: string; password: string }) {
    await page.goto(`${server.url}/login`);
    await page.getByLabel('Email').fill(who.email);
    await page.getByLabel('Password', { exact: true }).fill(who.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }

  async function saveRecoveryCodes(page: Page) {
    const codes = page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem');
    await expect.poll(() => codes.count()).toBe(10);
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByRole('button', { name: 'I have saved my recovery codes' }).click();
  }

  it('an admin adds a passkey on their account page, signs in with it, then removes it', async () => {
    const { context, page, credentials } = await tabWithAuthenticator();
    const errors = collectConsoleErrors(page);
    await passwordStep(page, ADMIN);
    await page.getByRole('link', { name: 'Your account' }).click();
    await page.getByRole('heading', { name: 'Passkeys' }).waitFor();
    await page.getByText('You have no passkeys yet.').waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);

    await page.getByRole('button', { name: 'Add a passkey' }).click();
    // The message beside the field, and in the error summary, which takes the cursor and links to the field.
    await page.locator('.field__error', { hasText: 'Enter a name for this passkey' }).waitFor();
    await page.locator('.error-summary').getByRole('link', { name: /Enter a name for this passkey/ }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('error-summary') ?? false)).toBe(true);
    await page.getByLabel('Name for a new passkey').fill('This laptop');
    await page.getByRole('button', { name: 'Add a passkey' }).click();
    await page.getByText('Two-step sign-in is on').waitFor();
    await saveRecoveryCodes(page);
    await page.getByRole('cell', { name: 'This laptop', exact: true }).waitFor();
    expect(await credentials()).toHaveLength(1);

    // Signing in again: the password, then the passkey.
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await passwordStep(page, ADMIN);
    await page.getByRole('heading', { name: 'Two-step sign-in' }).waitFor();
    await page.getByLabel('Or enter a code').waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByRole('button', { name: 'Use your passkey' }).click();
    await page.getByRole('button', { name: 'Sign out', exact: true }).waitFor();
    expect((await credentials())[0]!.signCount).toBeGreaterThan(0);

    await page.getByRole('link', { name: 'Your account' }).click();
    const row = page.getByRole('row').filter({ hasText: 'This laptop' });
    await expect.poll(async () => (await row.textContent()) ?? '').not.toContain('Not yet');
    await row.getByRole('button', { name: 'Remove passkey This laptop' }).click();
    await page.getByText('You have no passkeys yet.').waitFor();

    // No second factor left: a password alone signs in again.
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await passwordStep(page, ADMIN);
    await page.getByRole('button', { name: 'Sign out', exact: true }).waitFor();
    // The only failed requests: the sign-in page's silent refresh with no cookie (401).
    expect(errors.filter((e) => !/status of 401 /.test(e))).toEqual([]);
    await context.close();
  });

  it('with two-step sign-in required, a new staff member sets up a passkey at first sign-in and signs in with it', async () => {
    // The admin needs a second factor of their own before requiring one of everybody.
    const admin = await tabWithAuthenticator();
    await passwordStep(admin.page, ADMIN);
    await admin.page.getByRole('button', { name: 'Sign out', exact: true }).waitFor().catch(async (e) => {
      await admin.page.screenshot({ path: '/tmp/pk-fail.png' });
      throw e;
    });
    await admin.page.getByRole('link', { name: 'Your account' }).click();
    await admin.page.getByLabel('Name for a new passkey').fill('Office PC');
    await admin.page.getByRole('button', { name: 'Add a passkey' }).click();
    await saveRecoveryCodes(admin.page);
    await admin.page.getByRole('cell', { name: 'Office PC', exact: true }).waitFor();
    const adminToken = await admin.page.evaluate(async () => {
      const refreshed = await fetch('/api/auth/refresh', { method: 'POST' });
      return ((await refreshed.json()) as { accessToken: string }).accessToken;
    });
    const required = await fetch(`${server.url}/api/staff/security-settings`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ mfaRequired: true }),
    });
    expect(required.status).toBe(200);
    await admin.context.close();
    await createStaffMember(server.url, adminToken, MEMBER);

    const { context, page } = await tabWithAuthenticator();
    await passwordStep(page, MEMBER);
    await page.getByRole('heading', { name: 'Set up two-step sign-in' }).waitFor();
    await page.getByRole('heading', { name: 'Or with a passkey' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByLabel('Name for a new passkey').fill('My laptop');
    await page.getByRole('button', { name: 'Add a passkey' }).click();
    await saveRecoveryCodes(page);
    await page.getByRole('navigation', { name: 'Main' }).waitFor();

    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await passwordStep(page, MEMBER);
    await page.getByRole('button', { name: 'Use your passkey' }).click();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await context.close();
    // A password alone is not enough for the API either.
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: MEMBER.email, password: MEMBER.password }),
    });
    expect(await login.json()).toMatchObject({ mfaRequired: true, methods: ['passkey', 'recovery_code'] });
  });
});
