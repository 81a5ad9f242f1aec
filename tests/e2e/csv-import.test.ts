import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startServer, type RunningServer } from '../support/server-process.ts';
import { accessibilityProblems } from './public-app-support.ts';
import { decodeQrCodes, pdfPages, pdfText } from '../support/pdf-tools.ts';
import { apiToken, callApi, createStaffMember, signInInBrowser } from './staff-session.ts';

const ADMIN = { email: 'importer@carers.test', password: 'kettle on the windowsill' };
const STAFF = { email: 'helper@carers.test', password: 'seven blue herons waiting', name: 'Sam Helper' };

// As Excel saves it in much of Europe: semicolons, a BOM, day-first dates, a note over two lines.
const REGISTER = [
  '\uFEFFRef;First name;Surname;DOB;Notes',
  'E2E-1;Amira;Okafor;03/04/2013;"Prefers ""Mira""; two lines\nsecond line"',
  'E2E-2;Ben;Okafor;2014-09-30;',
  'E2E-3;Cara;Lindqvist;31/02/2012;',
  'E2E-4;Dev;Lindqvist;12/12/2011;',
].join('\r\n');

async function downloaded(page: Page, start: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), start()]);
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

describe('importing a register and exporting, in the web app', () => {
  let server: RunningServer;
  let browser: Browser;
  let adminToken: string;
  beforeAll(async () => {
    server = await startServer({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password });
    browser = await launchChromium();
    adminToken = await apiToken(server.url, ADMIN);
    await createStaffMember(server.url, adminToken, STAFF);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('upload, map, check every row, fix one, import, then issue everyone a card and print them; axe clean on each step', { timeout: 180_000 }, async () => {
    const page = await (await browser.newContext()).newPage();
    await signInInBrowser(page, server.url, ADMIN);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import' }).click();
    await page.getByRole('heading', { level: 1, name: 'Import a register' }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);

    await page.getByLabel('CSV file').setInputFiles({ name: 'register.csv', mimeType: 'text/csv', buffer: Buffer.from(REGISTER) });
    await page.getByRole('button', { name: 'Upload and map columns' }).click();
    await page.getByRole('heading', { name: 'Which column is which' }).waitFor();
    // Guessed from the headings.
    expect(await page.getByLabel('Given name', { exact: true }).inputValue()).toBe('1');
    expect(await page.getByLabel('Date of birth', { exact: true }).inputValue()).toBe('3');
    expect(await page.getByLabel('Reference (optional)').inputValue()).toBe('0');
    // The register has no consent columns: one answer for every row, chosen with the keyboard.
    const group = page.getByRole('group', { name: 'For rows with no consent details' });
    await group.getByLabel('Consent given by').focus();
    await group.getByLabel('Consent given by').selectOption('parent');
    await group.getByLabel('Consent method').selectOption('written');
    await group.getByLabel('Consent date').fill('2026-09-01');
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/import-mapping.png', fullPage: true });
    await page.getByRole('button', { name: 'Check every row' }).click();

    await page.getByText('3 rows ready to import, 1 row with problems').waitFor();
    const problems = page.getByRole('table', { name: 'Rows with problems' });
    await problems.getByText('Date of birth is not a date we can read: write it as 17/05/2012 or 2012-05-17.').waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/import-preview.png', fullPage: true });

    // Fix row 3 in place, from the keyboard.
    await page.getByRole('button', { name: 'Fix row 3' }).press('Enter');
    const fix = page.getByRole('form', { name: 'Fix row 3' });
    await fix.getByLabel('Date of birth').fill('28/02/2012');
    await fix.getByLabel('Date of birth').press('Enter');
    await page.getByText('4 rows ready to import, 0 rows with problems').waitFor();
    await page.getByRole('button', { name: 'Import 4 rows' }).click();
    await page.getByRole('heading', { name: 'Import finished' }).waitFor({ timeout: 60_000 });
    // The state is in the database: a reload shows the same.
    await page.reload();
    await page.getByText('4 rows added as new young carers').waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);

    const { items } = await callApi<{ items: { givenName: string; dateOfBirth: string; reference: string }[] }>(server.url, adminToken, 'GET', '/api/holders?q=E2E-&pageSize=10');
    expect(items.map((h) => [h.reference, h.dateOfBirth]).sort()).toEqual([['E2E-1', '2013-04-03'], ['E2E-2', '2014-09-30'], ['E2E-3', '2012-02-28'], ['E2E-4', '2011-12-12']]);

    // Cards for everyone imported: check first, then a stored batch job, then the print sheet of exactly those cards.
    await page.getByRole('button', { name: 'Issue cards for 4 young carers' }).click();
    const check = page.getByRole('region', { name: 'Check before issuing' });
    await check.getByText('Cards to issue').waitFor();
    await check.getByText('4 cards', { exact: true }).waitFor();
    await check.getByText(/months, or until the end of the month before the young carer turns/).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/import-cards-check.png', fullPage: true });
    await check.getByRole('button', { name: 'Issue 4 cards' }).click();
    await page.getByText('4 cards issued').waitFor({ timeout: 60_000 });
    // The batch's state is stored: a reload shows the same cards, and no button to issue them again.
    await page.reload();
    await page.getByText('4 cards issued').waitFor({ timeout: 30_000 });
    expect(await page.getByRole('button', { name: /Issue cards for/ }).count()).toBe(0);
    await page.getByRole('button', { name: 'Print sheet (4 cards)' }).click();
    const printCheck = page.getByRole('dialog', { name: 'Check the print sheet' });
    await printCheck.getByText('4 cards have no photo').waitFor();
    const sheet = await downloaded(page, () => printCheck.getByRole('button', { name: 'Print sheet' }).click());
    expect(sheet.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(sheet.bytes);
    for (const name of ['Amira', 'Ben', 'Cara', 'Dev']) expect(text).toContain(name);
    // Each card's QR, read from the printed sheet as a scanner would: four distinct card links.
    const pages = Array.from({ length: pdfPages(sheet.bytes).count }, (_, index) => index + 1);
    const codes = pages.flatMap((page) => decodeQrCodes(sheet.bytes, page)).filter((code) => /\/v#[\w-]+\.[\w-]+\.[\w-]+$/.test(code));
    expect(new Set(codes).size, codes.join('\n')).toBe(4);
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/import-finished.png', fullPage: true });

    const report = await downloaded(page, () => page.getByRole('button', { name: /Download the report of rows not imported/ }).click());
    expect(report.bytes.toString('utf8').replace(/^\uFEFF/, '')).toBe('Row,Outcome,Reason\r\n');
  });

  it('export: admins see the personal-data warning and download CSV; staff are refused', { timeout: 90_000 }, async () => {
    const page = await (await browser.newContext()).newPage();
    await signInInBrowser(page, server.url, ADMIN);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Export' }).click();
    await page.getByText('These files hold children’s personal data').waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/export.png', fullPage: true });
    const file = await downloaded(page, () => page.getByRole('button', { name: 'Download young carers (CSV)' }).click());
    expect(file.bytes.toString('utf8').replace(/^\uFEFF/, '').split('\r\n')[0]).toMatch(/^Record id,Reference,Given name,Family name/);
    const audit = await callApi<{ items: { action: string }[] }>(server.url, adminToken, 'GET', '/api/audit?action=export.holders');
    expect(audit.items.map((e) => e.action)).toContain('export.holders');

    const staffPage = await (await browser.newContext()).newPage();
    await signInInBrowser(staffPage, server.url, STAFF);
    expect(await staffPage.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Export' }).count()).toBe(0);
    await staffPage.goto(`${server.url}/export`);
    await staffPage.getByRole('heading', { level: 1, name: 'You need an admin account' }).waitFor();
  });
});
