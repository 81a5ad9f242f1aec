import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startServer, type RunningServer } from '../support/server-process.ts';
import { accessibilityProblems } from './public-app-support.ts';
import { apiToken, callApi, followErrorSummary, signInInBrowser } from './staff-session.ts';

const ADMIN = { email: 'coordinator@carers.test', password: 'kettle on the windowsill' };

/** Words of the API's schema validation, written for developers: none may reach a page. */
const SCHEMA_WORDING =
  /\bbody\b|must match|must be (?:string|number|integer|boolean|null|object|array|equal|[<>]|a valid|one of)|must have|must NOT|format "|pattern "|\bminLength\b|\bmaxLength\b|\bminimum\b|\bmaximum\b/i;

/** The form around a button, as staff see it. */
const formOf = (button: Locator) => button.locator('xpath=ancestor::form[1]');

/**
 * A failed submit shows "There is a problem" with a link per wrong field, in
 * plain words; the summary takes the cursor and its first link moves it to the field.
 */
async function expectPlainErrors(page: Page, form: Locator, firstMessage: string | RegExp, firstField: string): Promise<void> {
  const summary = form.locator('.error-summary');
  await summary.waitFor();
  expect(await summary.getByRole('link').count()).toBeGreaterThan(0);
  const text = await form.innerText();
  expect(text.match(SCHEMA_WORDING)?.[0], text).toBeUndefined();
  // Each message is beside its field too.
  for (const link of await summary.getByRole('link').allInnerTexts()) {
    expect(await form.locator('.field__error').filter({ hasText: link }).count(), link).toBeGreaterThan(0);
  }
  expect(await accessibilityProblems(page)).toEqual([]);
  await followErrorSummary(page, firstMessage, firstField);
}

describe('plain errors on every staff form: an error summary with links, the message beside the field, no schema wording', () => {
  let server: RunningServer;
  let browser: Browser;
  let partnerId: string;
  beforeAll(async () => {
    server = await startServer({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password });
    browser = await launchChromium();
    const token = await apiToken(server.url, ADMIN);
    partnerId = (await callApi<{ partner: { id: string } }>(server.url, token, 'POST', '/api/partners', { name: 'Riverside Pool', category: 'leisure' })).partner.id;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('sign in', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.url}/login`);
    const button = page.getByRole('button', { name: 'Sign in' });
    await button.click();
    await expectPlainErrors(page, formOf(button), /email/i, 'email');
    await page.screenshot({ path: '/tmp/error-summary-login.png' });
  });

  it('register a young carer, a partner, a benefit, branding, a staff invitation, and the reminder, retention and referral settings', async () => {
    const page = await (await browser.newContext()).newPage();
    await signInInBrowser(page, server.url, ADMIN);

    await page.goto(`${server.url}/holders/new`);
    await page.getByLabel('Contact email').fill('alex@charity');
    let button = page.getByRole('button', { name: 'Register young carer' });
    await button.click();
    await expectPlainErrors(page, formOf(button), /given name/, 'givenName');
    await page.screenshot({ path: '/tmp/error-summary-holder.png', fullPage: true });

    await page.goto(`${server.url}/partners/new`);
    await page.getByLabel('Name', { exact: true }).fill('Riverside Leisure');
    await page.getByLabel('Category').selectOption('leisure');
    await page.getByLabel('Website').fill('riverside pool');
    await page.getByLabel('Contact email').fill('alex@charity');
    button = page.getByRole('button', { name: 'Add partner' });
    await button.click();
    await expectPlainErrors(page, formOf(button), /website address/, 'website');

    await page.goto(`${server.url}/partners/${partnerId}`);
    await page.getByRole('button', { name: 'Add a benefit' }).click();
    button = page.getByRole('button', { name: /^(Add|Save) benefit$/ });
    await button.click();
    await expectPlainErrors(page, formOf(button), /benefit/, 'title');

    await page.goto(`${server.url}/settings/branding`);
    await page.getByLabel('Organisation name', { exact: true }).fill('');
    await page.getByLabel('Helpline', { exact: true }).fill('call us maybe');
    button = page.getByRole('button', { name: 'Save branding' });
    await button.click();
    await expectPlainErrors(page, formOf(button), /organisation/i, 'organisationName');

    await page.goto(`${server.url}/staff`);
    await page.getByLabel('Name').fill('Alex Worker');
    await page.getByLabel('Email').fill('alex@charity');
    button = page.getByRole('button', { name: 'Add staff member' });
    await button.click();
    await expectPlainErrors(page, formOf(button), /Enter an email address in the correct format/, 'email');

    await page.goto(`${server.url}/renewals`);
    await page.getByLabel('Days before expiry').fill('0');
    button = page.getByRole('button', { name: 'Save reminder settings' });
    await button.click();
    await expectPlainErrors(page, formOf(button), 'Enter a whole number of days from 1 to 90.', 'daysBefore');

    const retention = page.getByLabel('Months to keep a record');
    await retention.fill('0');
    button = formOf(retention).getByRole('button', { name: 'Save' });
    await button.click();
    await expectPlainErrors(page, formOf(retention), /month/i, 'months');

    await page.goto(`${server.url}/referrals`);
    const keep = page.getByLabel('Days to keep a decided referral');
    await keep.fill('-3');
    await formOf(keep).getByRole('button', { name: 'Save' }).click();
    await expectPlainErrors(page, formOf(keep), /day/i, await keep.getAttribute('name') ?? '');
  });
});
