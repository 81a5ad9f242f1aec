import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCodeAt } from '../../api/src/auth/totp.ts';
import { launchChromium, startServer, type RunningServer } from '../support/server-process.ts';
import { accessibilityProblems, collectConsoleErrors } from './public-app-support.ts';
import { apiToken, createStaffMember } from './staff-session.ts';

const ADMIN = { email: 'coordinator@carers.test', password: 'kettle on the windowsill' };
const MEMBER = { email: 'robin.helper@carers.test', password: 'a garden of purple tulips', name: 'Robin Helper' };

/**
 * Setting up an authenticator app and signing in with it, through the real
 * pages. Codes come from the secret the page shows, as a phone would make
 * them; the sign-in uses the next time step's code, since the one that
 * confirmed enrolment may not be used again.
 */
describe('two-step sign-in in the web app', () => {
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

  async function passwordStep(page: Page, who: { email: string; password: string }) {
    await page.goto(`${server.url}/login`);
    await page.getByLabel('Email').fill(who.email);
    await page.getByLabel('Password', { exact: true }).fill(who.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }

  /** Goes through the set-up steps on whichever page shows them; answers the secret. */
  async function enrol(page: Page): Promise<{ secret: string; recoveryCodes: string[] }> {
    await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
    const secret = (await page.getByTestId('totp-secret').textContent())!.trim();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await page.getByRole('img', { name: 'QR code for your authenticator app' }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByLabel('Code from the app').fill('000000');
    await page.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
    await page.getByRole('alert').filter({ hasText: 'not right' }).waitFor();
    await page.getByLabel('Code from the app').fill(totpCodeAt(secret, new Date()));
    await page.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
    const codes = page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem');
    await expect.poll(() => codes.count()).toBe(10);
    const recoveryCodes = (await codes.allTextContents()).map((c) => c.trim());
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByRole('button', { name: 'I have saved my recovery codes' }).click();
    return { secret, recoveryCodes };
  }

  /** A script's session for the admin, opened before they had a second factor (a browser sign-out does not end it). */
  let adminToken: string;
  let adminRecoveryCodes: string[] = [];

  it('an admin sets up an authenticator app, then signs in with password and code', async () => {
    adminToken = await apiToken(server.url, ADMIN);
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = collectConsoleErrors(page);
    await passwordStep(page, ADMIN);
    await page.getByRole('link', { name: 'Your account' }).click();
    await page.getByRole('heading', { name: 'Your account' }).waitFor();
    await page.getByRole('cell', { name: /this one/ }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    const { secret, recoveryCodes } = await enrol(page);
    adminRecoveryCodes = recoveryCodes;
    await page.getByText('Two-step sign-in is on').waitFor();

    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await passwordStep(page, ADMIN);
    await page.getByRole('heading', { name: 'Two-step sign-in' }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByLabel('Code').fill('123456');
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByRole('alert').filter({ hasText: 'not right' }).waitFor();
    await page.getByLabel('Code').fill(totpCodeAt(secret, new Date(Date.now() + 30_000)));
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByRole('button', { name: 'Sign out', exact: true }).waitFor();
    await expect.poll(() => page.getByText('Casey Coordinator').count()).toBeGreaterThan(0);
    // The only failed requests: the two wrong codes typed on purpose (400) and the sign-in page's silent refresh with no cookie (401).
    expect(errors.filter((e) => !/status of 40[01] /.test(e))).toEqual([]);
    await context.close();
  });

  it('with two-step sign-in required, a new staff member sets it up at their first sign-in before the app opens', async () => {
    const required = await fetch(`${server.url}/api/staff/security-settings`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ mfaRequired: true }),
    });
    expect(required.status).toBe(200);
    await createStaffMember(server.url, adminToken, MEMBER);

    const context = await browser.newContext();
    const page = await context.newPage();
    await passwordStep(page, MEMBER);
    await page.getByRole('heading', { name: 'Set up two-step sign-in' }).waitFor();
    // No app navigation until it is set up.
    expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
    expect(await accessibilityProblems(page)).toEqual([]);
    await enrol(page);
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Young carers', exact: true }).click();
    await page.getByRole('heading', { name: 'Young carers', level: 1 }).waitFor();
    await context.close();
  });

  it('the admin signs in with a recovery code and resets the staff member’s two-step sign-in, typing their email to confirm', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await passwordStep(page, ADMIN);
    await page.getByLabel('Code').fill(adminRecoveryCodes[0]!);
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByRole('button', { name: 'Sign out', exact: true }).waitFor();

    await page.getByRole('navigation').getByRole('link', { name: 'Staff', exact: true }).click();
    await page.getByText('required for everyone').waitFor();
    const row = page.getByRole('row').filter({ hasText: MEMBER.email });
    await expect.poll(() => row.getByRole('cell', { name: 'On', exact: true }).count()).toBe(1);
    await row.getByRole('button', { name: `Reset two-step sign-in ${MEMBER.name}` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(`Type ${MEMBER.email} to confirm`).fill('someone.else@carers.test');
    await dialog.getByRole('button', { name: 'Reset two-step sign-in' }).click();
    // Beside the field, and in the error summary, which takes the cursor and links to the field.
    await dialog.locator('.field__error', { hasText: 'That is not their email address.' }).waitFor();
    await dialog.locator('.error-summary').getByRole('link', { name: 'That is not their email address.' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('error-summary') ?? false)).toBe(true);
    expect(await accessibilityProblems(page)).toEqual([]);
    await dialog.getByLabel(`Type ${MEMBER.email} to confirm`).fill(MEMBER.email);
    await dialog.getByRole('button', { name: 'Reset two-step sign-in' }).click();
    await expect.poll(() => row.getByRole('cell', { name: 'Off', exact: true }).count()).toBe(1);
    await context.close();
  });
});
