import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startServer, type RunningServer } from '../support/server-process.ts';
import { accessibilityProblems } from './public-app-support.ts';
import { apiToken, callApi, issueCard, signInInBrowser } from './staff-session.ts';

const ADMIN = { email: 'coordinator@carers.test', password: 'kettle on the windowsill' };

/** Where the screenshots of the Welsh pages go, to look at. */
const SHOTS = process.env.SCREENSHOT_DIR ?? tmpdir();

const focusIsOnSummary = (page: Page) => page.evaluate(() => document.activeElement?.classList.contains('error-summary') ?? false);

describe('the rest of the staff app in Welsh', () => {
  let server: RunningServer;
  let browser: Browser;
  let adminToken: string;

  beforeAll(async () => {
    // A helpline, without which no card is sent; the organisation keeps its default name, so the checklist still shows.
    server = await startServer({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, ORGANISATION_HELPLINE: '0800 111 2222' });
    browser = await launchChromium();
    adminToken = await apiToken(server.url, ADMIN);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('home’s first-run checklist, the account page’s password errors, print sheets and a young carer’s Send card and phones, all in Welsh', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await signInInBrowser(page, server.url, ADMIN);
    await page.locator('.app-header').getByRole('button', { name: 'Cymraeg' }).click();
    await page.getByRole('heading', { name: /^Croeso, / }).waitFor();

    // A fresh install: the checklist, in Welsh, with its task statuses.
    const checklist = page.locator('.first-run');
    await checklist.getByRole('heading', { name: 'Paratoi’r gwasanaeth' }).waitFor();
    expect(await checklist.innerText()).toContain('Enw’r sefydliad');
    expect(await checklist.innerText()).toContain('Heb ddechrau eto');
    expect(await checklist.innerText()).toMatch(/\d peth sydd ar ôl i’w sefydlu cyn i gardiau gael eu hanfon\./);
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'staff-cy-rest-home.png'), fullPage: true });

    // Your account: the password form sent empty gives the error summary and the messages beside the fields, in Welsh.
    await page.goto(`${server.url}/account`);
    await page.getByRole('heading', { name: 'Eich cyfrif', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Allweddi mynediad' }).waitFor();
    await page.getByRole('button', { name: 'Newid y cyfrinair' }).click();
    const summary = page.locator('.error-summary');
    await summary.getByRole('heading', { name: 'Mae problem wedi codi' }).waitFor();
    await expect.poll(() => focusIsOnSummary(page)).toBe(true);
    for (const message of ['Rhowch eich cyfrinair presennol.', 'Rhowch gyfrinair.', 'Rhowch y cyfrinair eto.']) {
      await summary.getByRole('link', { name: message }).waitFor();
    }
    expect(await page.getByLabel('Cyfrinair presennol').getAttribute('aria-invalid')).toBe('true');
    await summary.getByRole('link', { name: 'Rhowch eich cyfrinair presennol.' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('currentPassword');
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'staff-cy-rest-account.png'), fullPage: true });

    // A young carer whose language is Welsh, with a card.
    const { holder } = await callApi<{ holder: { id: string } }>(server.url, adminToken, 'POST', '/api/holders', {
      givenName: 'Gwen',
      familyName: 'Pritchard',
      dateOfBirth: '2012-09-14',
      consentBy: 'parent',
      consentAt: new Date().toISOString(),
      consentMethod: 'written',
      language: 'cy',
    });
    await issueCard(server.url, adminToken, holder.id);

    // Print sheets: a date without its month is refused in Welsh, with the summary.
    await page.goto(`${server.url}/cards`);
    await page.getByRole('heading', { name: 'Dalenni argraffu' }).waitFor();
    const since = page.getByRole('group', { name: 'Wedi’i roi ar neu ar ôl' });
    await since.getByLabel('Mis').fill('');
    await page.getByRole('button', { name: /^Argraffu pob cerdyn cyfredol a roddwyd ers / }).click();
    await summary.getByRole('link', { name: 'Wedi’i roi ar neu ar ôl: rhaid cynnwys mis' }).waitFor();
    await expect.poll(() => focusIsOnSummary(page)).toBe(true);
    expect(await page.locator('.print-sheets .field__error').innerText()).toContain('rhaid cynnwys mis');
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'staff-cy-rest-print-sheets.png'), fullPage: true });

    // Their record: Send card as a printed slip, worded in the young carer's language; the invitations and phones, in Welsh.
    await page.goto(`${server.url}/holders/${holder.id}`);
    await page.getByRole('heading', { name: 'Gwen Pritchard', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Ffonau wedi mewngofnodi' }).waitFor();
    await page.getByText('Nid oes unrhyw ffôn wedi agor cerdyn Gwen eto.').waitFor();
    await page.getByText('Dim gwahoddiadau wedi’u hanfon eto.').waitFor();
    await page.getByLabel('Slip printiedig').check();
    await page.getByRole('button', { name: 'Anfon y cerdyn' }).click();
    await page.locator('.sent-invitation').waitFor();
    const slip = page.getByRole('article', { name: 'Slip wedi’i argraffu' });
    await expect.poll(() => slip.innerText()).toContain('Gwen, mae dy gerdyn yn barod ar gyfer dy ffôn');
    expect(await slip.innerText()).toContain('Bydd angen dy ddyddiad geni arnat ti.');
    expect(await slip.innerText()).toMatch(/Cwestiynau\? Ffonia .+ ar 0800 111 2222\./);
    await slip.getByRole('img', { name: 'Cod QR sy’n agor y ddolen' }).waitFor();
    await page.getByRole('heading', { name: 'Gwahoddiadau a anfonwyd' }).waitFor();
    const invitations = page.locator('.holder-invitations table');
    await invitations.waitFor();
    expect(await invitations.innerText()).toContain('Slip wedi’i argraffu');
    expect(await invitations.innerText()).toContain('Gweithredol');
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'staff-cy-rest-send-card.png'), fullPage: true });
    await context.close();
  });
});
