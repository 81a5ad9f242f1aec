import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startServer, type RunningServer } from '../support/server-process.ts';
import { accessibilityProblems } from './public-app-support.ts';
import { signInInBrowser } from './staff-session.ts';

const ADMIN = { email: 'cydlynydd@carers.test', password: 'kettle on the windowsill', name: 'Nia Cydlynydd' };

/**
 * Part of the staff app in Welsh, chosen with the header's language switch:
 * partners and benefits, the audit log (actions described in Welsh, with
 * their records linked), Staff and the Outbox. Each page passes axe in
 * Welsh. Buttons and headings other parts of the app own are found by their
 * place, not their words, so this test holds whichever of them are
 * translated.
 */
describe('the staff app in Welsh: partners, audit log, staff and outbox', () => {
  let server: RunningServer;
  let browser: Browser;
  const shot = (page: Page, name: string) => page.screenshot({ path: path.join(tmpdir(), `staff-cy-${name}.png`), fullPage: true });

  beforeAll(async () => {
    server = await startServer({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, ADMIN_NAME: ADMIN.name });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('an admin adds a partner and a benefit, reads the audit log, and opens Staff and the Outbox, all in Welsh', { timeout: 120_000 }, async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    const crashes: string[] = [];
    page.on('pageerror', (error) => crashes.push(error.message));
    await signInInBrowser(page, server.url, ADMIN);

    await page.getByRole('button', { name: 'Cymraeg' }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('cy');
    const nav = page.getByRole('navigation', { name: 'Prif' });

    // Partners: the list in Welsh.
    await page.getByRole('link', { name: 'Partneriaid', exact: true }).first().click();
    await page.getByRole('heading', { name: 'Pob partner' }).waitFor();
    await page.getByText('Dim partneriaid eto.').waitFor();
    await page.getByRole('search', { name: 'Dod o hyd i bartner' }).getByLabel('Categori').waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);

    // Adding one: sent empty, the form says what to fix in Welsh, in the summary and beside the field.
    await page.goto(`${server.url}/partners/new`);
    const name = page.getByLabel('Enw', { exact: true });
    await name.waitFor();
    await page.locator('form button[type="submit"]').click();
    const summary = page.locator('.error-summary');
    await summary.getByRole('link', { name: 'Rhowch enw’r partner.' }).waitFor();
    await summary.getByRole('link', { name: 'Dewiswch gategori.' }).waitFor();
    await expect.poll(() => name.getAttribute('aria-invalid')).toBe('true');
    const errorId = ((await name.getAttribute('aria-describedby')) ?? '').split(' ').find((id) => id.endsWith('-error'));
    expect(await page.locator(`[id="${errorId}"]`).textContent()).toContain('Rhowch enw’r partner.');
    expect(await accessibilityProblems(page)).toEqual([]);
    await shot(page, 'partner-form-errors');

    await name.fill('Canolfan Hamdden y Fro');
    await page.getByLabel('Categori').selectOption('leisure');
    await page.getByLabel('Ardal').fill('Y Barri');
    await page.locator('form button[type="submit"]').click();
    await page.waitForURL((url) => /^\/partners\/[^/]+$/.test(url.pathname) && url.pathname !== '/partners/new');
    const partnerUrl = new URL(page.url()).pathname;

    // Its page: details and a new benefit, in Welsh.
    await page.getByRole('heading', { name: 'Manylion' }).waitFor();
    await page.getByText('Hamdden', { exact: true }).first().waitFor();
    await page.getByRole('button', { name: 'Ychwanegu budd' }).click();
    await page.getByLabel('Teitl').fill('Nofio am ddim');
    await page.getByLabel('Oed ieuengaf').selectOption('12');
    await page.getByRole('button', { name: 'Ychwanegu’r budd' }).click();
    await page.getByText('Mae “Nofio am ddim” wedi’i ychwanegu.').waitFor();
    const benefit = page.locator('.benefit', { hasText: 'Nofio am ddim' });
    await benefit.getByText('Ar gael').waitFor();
    await benefit.getByText('Oed 12 a hŷn').waitFor();
    await page.getByRole('heading', { name: 'Allweddi API' }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await shot(page, 'partner');

    // The audit log: each action in Welsh, who did it, and the record linked to its page.
    await nav.getByRole('link', { name: 'Log archwilio', exact: true }).click();
    await page.getByRole('button', { name: 'Gwirio’r gadwyn' }).waitFor();
    const table = page.locator('table.data-table--audit');
    const added = table.locator('tr', { hasText: 'Ychwanegodd' }).filter({ hasText: 'y partner' });
    await added.first().waitFor();
    expect(await added.first().locator('strong').textContent()).toBe(ADMIN.name);
    const link = added.first().getByRole('link', { name: 'Canolfan Hamdden y Fro' });
    expect(await link.getAttribute('href')).toBe(partnerUrl);
    await table.locator('tr', { hasText: 'Ychwanegodd' }).filter({ hasText: '“Nofio am ddim” gan Canolfan Hamdden y Fro' }).first().waitFor();
    await added.first().getByText('Partneriaid a buddion').waitFor();
    await table.getByText('Mewngofnododd').first().waitFor();
    await table.getByRole('columnheader', { name: 'Beth ddigwyddodd' }).waitFor();
    // The filter offers every action by its Welsh label, grouped.
    await page.getByLabel('Beth ddigwyddodd').selectOption({ label: 'Partner wedi’i ychwanegu' });
    await page.getByRole('button', { name: 'Hidlo', exact: true }).click();
    await page.waitForURL(/action=partner\.create/);
    await expect.poll(() => table.locator('tbody tr').count()).toBe(1);
    await page.getByText('Yn dangos 1 digwyddiad, y mwyaf newydd yn gyntaf.').waitFor();
    // Dates the wrong way round: the summary and the field say so in Welsh.
    await page.getByLabel('O', { exact: true }).fill('2026-12-08');
    await page.getByLabel('I', { exact: true }).fill('2026-12-01');
    await page.getByRole('button', { name: 'Hidlo', exact: true }).click();
    await summary.getByRole('link', { name: 'Rhaid i’r dyddiad gorffen fod ar y dyddiad dechrau neu ar ei ôl.' }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await shot(page, 'audit');
    await page.getByRole('button', { name: 'Clirio’r hidlwyr' }).click();
    await page.getByRole('button', { name: 'Gwirio’r gadwyn' }).click();
    await page.getByText('Mae’r gadwyn yn gyfan').waitFor();

    // Staff: the table and its actions in Welsh.
    await nav.getByRole('link', { name: 'Staff', exact: true }).click();
    await page.getByRole('columnheader', { name: 'Mewngofnodi dau gam' }).waitFor();
    await page.getByRole('row', { name: new RegExp(ADMIN.name) }).getByText('Eich cyfrif').waitFor();
    await page.getByRole('row', { name: new RegExp(ADMIN.name) }).getByText('Gweinyddwr').waitFor();
    await page.getByRole('button', { name: 'Ychwanegu aelod o staff' }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await shot(page, 'staff');

    // The outbox, with nothing in it yet.
    await nav.getByRole('link', { name: 'Blwch anfon', exact: true }).click();
    await page.getByRole('heading', { name: 'Pob neges, y fwyaf newydd yn gyntaf' }).waitFor();
    await page.getByText('Dim negeseuon eto.').waitFor();
    await page.getByLabel('Statws').waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await shot(page, 'outbox');

    // The choice stays: back in English, the same log reads as the API words it.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log', exact: true }).click();
    await table.locator('tr', { hasText: 'added the partner' }).first().waitFor();
    expect(crashes).toEqual([]);
    await context.close();
  });
});
