import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startServer, type RunningServer } from '../support/server-process.ts';
import { accessibilityProblems } from './public-app-support.ts';
import { apiToken, callApi, signInInBrowser } from './staff-session.ts';

const ADMIN = { email: 'coordinator@carers.test', password: 'kettle on the windowsill' };

/** Where the screenshots of the Welsh pages go, to look at. */
const SHOTS = process.env.SCREENSHOT_DIR ?? tmpdir();

type Holder = { id: string; language: string; cardLanguage: string; contactEmail: string | null };

/** A date field in Welsh: the legend's group, with Diwrnod, Mis and Blwyddyn boxes. */
async function fillWelshDate(page: Page, legend: string, day: string, month: string, year: string): Promise<void> {
  const group = page.getByRole('group', { name: legend });
  await group.getByLabel('Diwrnod').fill(day);
  await group.getByLabel('Mis').fill(month);
  await group.getByLabel('Blwyddyn').fill(year);
}

describe('the staff app in Welsh', () => {
  let server: RunningServer;
  let browser: Browser;
  let adminToken: string;

  beforeAll(async () => {
    server = await startServer({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password });
    browser = await launchChromium();
    adminToken = await apiToken(server.url, ADMIN);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('switches to Cymraeg in one tap, remembers it, registers a young carer with Welsh errors and issues a card, all in Welsh', async () => {
    // An en-US browser: the page's language, not the browser's, decides the words and the dates.
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await signInInBrowser(page, server.url, ADMIN);

    // One tap on the header's switch; the current language is marked pressed.
    const header = page.locator('.app-header');
    const cymraeg = header.getByRole('button', { name: 'Cymraeg' });
    expect(await cymraeg.getAttribute('aria-pressed')).toBe('false');
    await cymraeg.click();
    await page.getByRole('heading', { name: /^Croeso, / }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('cy');
    expect(await cymraeg.getAttribute('aria-pressed')).toBe('true');
    expect(await header.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('false');
    await header.getByRole('button', { name: 'Allgofnodi' }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'staff-cy-home.png'), fullPage: true });

    // Remembered on this device: after a reload the page opens in Welsh.
    await page.reload();
    await page.getByRole('heading', { name: /^Croeso, / }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('cy');

    await page.getByRole('navigation', { name: 'Prif' }).getByRole('link', { name: 'Gofalwyr ifanc' }).click();
    await page.getByRole('heading', { name: 'Gofalwyr ifanc', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Cofrestru gofalwr ifanc' }).click();
    await page.getByRole('heading', { name: 'Cofrestru gofalwr ifanc', level: 1 }).waitFor();

    // Sent with the names left out and an email without a dot in its domain: the summary and the fields say so in Welsh.
    await page.getByLabel('E-bost cyswllt').fill('alex@charity');
    await page.getByRole('button', { name: 'Cofrestru’r gofalwr ifanc' }).click();
    const summary = page.locator('.error-summary');
    await summary.getByRole('heading', { name: 'Mae problem wedi codi' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('error-summary') ?? false)).toBe(true);
    const emailMessage = 'Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@enghraifft.com, neu gadewch hwn yn wag.';
    for (const message of ['Rhowch eu henw cyntaf.', 'Rhowch eu cyfenw.', 'Rhowch eu dyddiad geni.', emailMessage]) {
      await summary.getByRole('link', { name: message }).waitFor();
    }
    const emailInput = page.getByLabel('E-bost cyswllt');
    expect(await emailInput.getAttribute('aria-invalid')).toBe('true');
    const errorId = ((await emailInput.getAttribute('aria-describedby')) ?? '').split(' ').find((id) => id.endsWith('-error'));
    expect(await page.locator(`[id="${errorId}"]`).textContent()).toBe(`Gwall: ${emailMessage}`);
    // The link puts the cursor in the field.
    await summary.getByRole('link', { name: emailMessage }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('contactEmail');
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'staff-cy-register-errors.png'), fullPage: true });

    // A date missing its month, in Welsh.
    await fillWelshDate(page, 'Dyddiad geni', '17', '', '2013');
    await page.getByRole('button', { name: 'Cofrestru’r gofalwr ifanc' }).click();
    await summary.getByRole('link', { name: 'Dyddiad geni: rhaid cynnwys mis' }).waitFor();

    await page.getByLabel('Enw cyntaf').fill('Gwen');
    await page.getByLabel('Cyfenw').fill('Pritchard');
    await fillWelshDate(page, 'Dyddiad geni', '17', '5', '2013');
    await page.getByLabel('E-bost cyswllt').fill('teulu@enghraifft.cymru');
    await page.getByRole('group', { name: 'Iaith llythyrau a negeseuon' }).getByLabel('Cymraeg').check();
    await page.getByRole('group', { name: 'Iaith y cerdyn' }).getByLabel('Cymraeg a Saesneg').check();
    await page.getByRole('group', { name: 'Caniatâd wedi’i roi gan' }).getByLabel('Rhiant').check();
    await page.getByRole('group', { name: 'Sut y rhoddwyd caniatâd' }).getByLabel('Yn ysgrifenedig').check();
    await page.getByRole('button', { name: 'Cofrestru’r gofalwr ifanc' }).click();

    // The record, in Welsh, with both choices shown.
    await page.getByRole('heading', { name: 'Gwen Pritchard', level: 1 }).waitFor();
    await page.getByText('Mae Gwen Pritchard wedi’i gofrestru.').waitFor();
    const details = page.locator('.holder-details');
    expect(await details.innerText()).toContain('Iaith llythyrau a negeseuon\nCymraeg');
    expect(await details.innerText()).toContain('Iaith y cerdyn\nCymraeg a Saesneg');
    // Dates in Welsh (17 Mai 2013), not the browser's mm/dd/yyyy.
    expect(await details.innerText()).toMatch(/17 Mai 2013/);
    const id = new URL(page.url()).pathname.split('/').pop() ?? '';
    const holder = (await callApi<{ holder: Holder }>(server.url, adminToken, 'GET', `/api/holders/${id}`)).holder;
    expect(holder).toMatchObject({ language: 'cy', cardLanguage: 'bilingual', contactEmail: 'teulu@enghraifft.cymru' });
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'staff-cy-holder.png'), fullPage: true });

    // Issuing: the button, the check step and the card page in Welsh.
    await page.getByRole('button', { name: 'Rhoi cerdyn' }).click();
    await page.getByRole('heading', { name: 'Gwiriwch cyn rhoi’r cerdyn' }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByRole('button', { name: 'Rhoi cerdyn' }).click();
    await page.getByText(/^Cerdyn wedi’i roi\. Mae’n ddilys tan /).waitFor();
    await page.getByRole('heading', { name: 'Am y cerdyn hwn' }).waitFor();
    expect(await page.locator('.badge').first().innerText()).toBe('Gweithredol');
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'staff-cy-card.png'), fullPage: true });

    // Back to English in one tap.
    await header.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'About this card' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await context.close();
  });

  it('shows the sign-in page in the language chosen before signing in, with its errors in Welsh', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${server.url}/login`);
    await page.getByRole('button', { name: 'Cymraeg' }).click();
    await page.getByRole('heading', { name: 'Mewngofnodi', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Mewngofnodi' }).click();
    const summary = page.locator('.error-summary');
    await summary.getByRole('heading', { name: 'Mae problem wedi codi' }).waitFor();
    await summary.getByRole('link', { name: 'Rhowch eich cyfeiriad e-bost.' }).waitFor();
    await summary.getByRole('link', { name: 'Rhowch eich cyfrinair.' }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'staff-cy-login.png'), fullPage: true });
    await context.close();
  });
});
