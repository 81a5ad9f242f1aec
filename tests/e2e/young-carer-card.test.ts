import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startServer, type RunningServer } from '../support/server-process.ts';
import { chooseConsent, fillDate, issueCardInBrowser } from './staff-session.ts';

const STAFF = { email: 'worker@carers.test', password: 'kettle on the windowsill' };

describe('registering a young carer and managing their card in the web app', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startServer({ ADMIN_EMAIL: STAFF.email, ADMIN_PASSWORD: STAFF.password, ORGANISATION_NAME: 'Young Carers Notts' });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const verify = async (token: string) =>
    (await (await fetch(`${server.url}/api/v1/verify`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token }) })).json()) as { result: string; givenName?: string };

  it('registers, issues a card, copies its verify link, suspends and revokes it', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/login`);
    await page.getByLabel('Email').fill(STAFF.email);
    await page.getByLabel('Password', { exact: true }).fill(STAFF.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();

    await page.getByRole('navigation').getByRole('link', { name: 'Young carers', exact: true }).click();
    await page.getByRole('link', { name: /register a young carer/i }).first().click();
    await page.getByLabel('Given name').fill('Zofia');
    await page.getByLabel('Family name').fill('Wiśniewska');
    await page.getByLabel('Preferred name').fill('Zosia');
    await fillDate(page, 'Date of birth', '2012-09-14');
    await page.getByLabel('Contact email').fill('parent@example.org');
    await page.getByLabel('Reference').fill('YCN-0042');
    await chooseConsent(page);
    await page.getByRole('button', { name: 'Register young carer' }).click();
    await page.getByRole('heading', { level: 1, name: /Zofia Wiśniewska/ }).waitFor();

    await issueCardInBrowser(page);
    const confirm = page.getByRole('button', { name: 'Confirm' });
    if (await confirm.isVisible().catch(() => false)) await confirm.click();
    await page.getByRole('heading', { level: 1, name: /^YC-/ }).or(page.getByRole('link', { name: /^YC-/ })).first().waitFor();
    if (!/\/cards\//.test(page.url())) await page.getByRole('link', { name: /^YC-/ }).first().click();
    // The card's own page, whichever way it was reached (issuing opens it; the link on the record does too).
    await page.getByRole('heading', { level: 1, name: /^YC-/ }).waitFor();
    const number = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
    expect(number).toMatch(/^YC-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z*~$=]{5}$/);

    const link = await page.locator('input[readonly]').first().inputValue();
    expect(link).toMatch(new RegExp(`^${server.url}/v#ey`));
    const token = link.split('#')[1]!;
    expect(await verify(token)).toMatchObject({ result: 'valid', givenName: 'Zosia' });

    await page.getByRole('button', { name: 'Suspend card' }).click();
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.getByText('Suspended', { exact: true }).first().waitFor();
    expect((await verify(token)).result).toBe('not_valid');

    await page.getByRole('button', { name: 'Resume card' }).click();
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.getByText('Active', { exact: true }).first().waitFor();
    expect((await verify(token)).result).toBe('valid');

    await page.getByRole('button', { name: 'Revoke card' }).click();
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.getByText('Revoked', { exact: true }).first().waitFor();
    expect((await verify(token)).result).toBe('not_valid');

    // Search finds her by card number and by name.
    await page.goto(`${server.url}/holders?q=${encodeURIComponent(number)}`);
    await page.getByRole('link', { name: /Wiśniewska/ }).first().waitFor();
    // Staff without a Polish keyboard type "wisn": accents are folded for search.
    await page.goto(`${server.url}/holders?q=wisn`);
    await page.getByRole('link', { name: /Wiśniewska/ }).first().waitFor();
    await page.goto(`${server.url}/holders?q=nobody-by-this-name`);
    await expect.poll(() => page.getByRole('link', { name: /Wiśniewska/ }).count()).toBe(0);
    await context.close();
  });
});
