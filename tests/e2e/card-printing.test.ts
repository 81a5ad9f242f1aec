import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityProblems } from './public-app-support.ts';
import { launchChromium, startServer, type RunningServer } from '../support/server-process.ts';
import {
  apiToken,
  callApi,
  canvasInk,
  createStaffMember,
  fillDate,
  getCard,
  issueCard,
  issueCardInBrowser,
  registerHolder,
  signInInBrowser,
} from './staff-session.ts';

const ADMIN = { email: 'coordinator@carers.test', password: 'kettle on the windowsill' };
const STAFF = { email: 'worker@carers.test', password: 'seven blue herons waiting', name: 'Robin Worker' };

/** The bytes of a file the browser downloaded, and the name it was offered under. */
async function downloaded(page: Page, start: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), start()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

/** A photo for a young carer, as staff would upload it. */
async function uploadPhoto(baseUrl: string, token: string, holderId: string): Promise<void> {
  const jpeg = await sharp({ create: { width: 300, height: 400, channels: 3, background: { r: 30, g: 90, b: 150 } } }).jpeg().toBuffer();
  const form = new FormData();
  form.append('photo', new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' }), 'photo.jpg');
  const response = await fetch(`${baseUrl}/api/holders/${holderId}/photo`, { method: 'PUT', body: form, headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`photo upload: ${response.status}`);
}

const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type \/Page\s/g)?.length ?? 0;

describe('card PDFs, print sheets and the templates gallery in the web app', () => {
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

  it('staff issue a card with the large-print layout, download its PDF, change its layout; a revoked card cannot be downloaded', async () => {
    const holder = await registerHolder(server.url, adminToken, 'Maja', 'Large-Print');
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInInBrowser(page, server.url, STAFF);

    await page.goto(`${server.url}/holders/${holder.id}`);
    const layouts = page.getByRole('group', { name: 'Card layout' });
    await expect.poll(() => layouts.getByRole('radio', { name: /^Standard/ }).isChecked()).toBe(true);
    await layouts.getByRole('radio', { name: /^Large print/ }).check();
    await issueCardInBrowser(page);
    await page.getByText('Card issued.').waitFor();
    const cardId = new URL(page.url()).pathname.split('/').pop()!;
    const card = await getCard(server.url, adminToken, cardId);
    expect(card.template).toBe('large-print');
    const layoutSelect = page.getByLabel('Layout', { exact: true });
    expect(await layoutSelect.inputValue()).toBe('large-print');

    const pdf = await downloaded(page, () => page.getByRole('button', { name: 'Download PDF' }).click());
    // The API names the file with the card number as printed (tests/api/card-pdf.test.ts); Chromium
    // then swaps a check symbol "*" (not allowed in Windows file names) for "_", as it does with any download.
    expect(pdf.name).toBe(`young-carer-card-${card.number.replace(/\*/g, '_')}.pdf`);
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.bytes.length).toBeGreaterThan(5 * 1024);
    expect(pageCount(pdf.bytes)).toBe(2); // front and back

    // The card page shows the card as it prints, front and back, drawn from the same PDF, when asked.
    await page.getByRole('button', { name: 'Show the card' }).click();
    await page.locator('.card-preview .pdf-preview[data-state="drawn"]').waitFor({ timeout: 30_000 });
    expect(await page.getByRole('img', { name: `Front of card ${card.number}, as it prints` }).count()).toBe(1);
    const drawnFaces = await canvasInk(page, '.card-preview canvas');
    await page.locator('.card-preview').screenshot({ path: '/tmp/card-preview.png' });
    expect(drawnFaces).toHaveLength(2);
    for (const face of drawnFaces) expect(face.ink).toBeGreaterThan(0.05);
    expect(await accessibilityProblems(page)).toEqual([]);

    // Back to the standard layout: the API keeps the choice.
    await layoutSelect.selectOption('standard');
    await page.getByRole('button', { name: 'Change layout' }).click();
    await page.getByText('Layout changed to Standard.').waitFor();
    expect((await getCard(server.url, adminToken, cardId)).template).toBe('standard');

    // A revoked card is never printed: the button is off and says why.
    await callApi(server.url, adminToken, 'POST', `/api/cards/${cardId}/revoke`, { reason: 'other' });
    await page.reload();
    const download = page.getByRole('button', { name: 'Download PDF' });
    await download.waitFor();
    expect(await download.isDisabled()).toBe(true);
    expect(await download.getAttribute('aria-describedby')).toBeTruthy();
    await page.getByText('This card is revoked, so it cannot be printed.').waitFor();
    expect(await page.getByRole('button', { name: 'Show the card' }).count()).toBe(0);
    await context.close();
  });

  it('staff tick 4 cards, the check step names the 3 with no photo and says how to print, then the sheet prints with its progress', async () => {
    const cards = [];
    for (const name of ['Ada', 'Ben', 'Cai', 'Dee']) {
      const holder = await registerHolder(server.url, adminToken, name, 'Sheet');
      if (name === 'Ben') await uploadPhoto(server.url, adminToken, holder.id);
      cards.push(await issueCard(server.url, adminToken, holder.id));
    }
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInInBrowser(page, server.url, STAFF);
    await page.getByRole('navigation').getByRole('link', { name: 'Cards', exact: true }).click();

    const printButton = page.getByRole('button', { name: /^Print sheet \(/ });
    expect(await printButton.isDisabled()).toBe(true);
    for (const card of cards) await page.getByLabel(`Select card ${card.number} for printing`).check();
    await expect.poll(() => printButton.innerText()).toBe('Print sheet (4 cards)');

    // The check step first: nothing is printed until staff have read it.
    await printButton.click();
    const dialog = page.getByRole('dialog', { name: 'Check the print sheet' });
    await dialog.waitFor();
    const said = await dialog.innerText();
    expect(said).toContain('3 cards have no photo: Ada Sheet, Cai Sheet, Dee Sheet.');
    expect(said).not.toMatch(/Ben Sheet/);
    expect(said).toContain('10 cards a sheet (2 across, 5 down), so 1 sheet of paper');
    expect(said).toContain('Print it at 100% (“Actual size”), not “Fit to page”');
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/print-check.png' });
    // Cancel prints nothing; asking again and confirming prints.
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.getByRole('progressbar', { name: 'Print sheet progress' }).count()).toBe(0);
    await printButton.click();
    const sheet = await downloaded(page, () => dialog.getByRole('button', { name: 'Print sheet' }).click());
    const progress = page.getByRole('progressbar', { name: 'Print sheet progress' });
    await expect.poll(() => progress.evaluate((bar: HTMLProgressElement) => [bar.value, bar.max])).toEqual([4, 4]);
    await expect.poll(() => page.locator('.print-progress__count').innerText()).toBe('4 of 4 cards');
    await page.getByText(/4 cards on 2 pages/).waitFor();
    expect(sheet.name).toMatch(/^print-sheet-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(sheet.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(sheet.bytes.toString('latin1')).toContain('%%YC-PROGRESS 4/4');
    expect(pageCount(sheet.bytes)).toBe(2); // one sheet: fronts, then backs

    // Nothing issued since tomorrow: the API's answer is shown, no download.
    const tomorrow = new Date(Date.now() + 36 * 3600_000);
    const date = `${tomorrow.getFullYear()}-${String(tomorrow.getMonth() + 1).padStart(2, '0')}-${String(tomorrow.getDate()).padStart(2, '0')}`;
    await fillDate(page, 'Issued on or after', date);
    await page.getByRole('button', { name: /^Print every current card issued since/ }).click();
    await page.getByRole('alert').filter({ hasText: 'No current card was issued since then.' }).waitFor();

    // Every current card issued since today: all four.
    const today = new Date();
    await fillDate(page, 'Issued on or after', `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`);
    await page.getByRole('button', { name: /^Print every current card issued since/ }).click();
    await dialog.getByText('3 cards have no photo: Ada Sheet, Cai Sheet, Dee Sheet.').waitFor();
    const everything = await downloaded(page, () => dialog.getByRole('button', { name: 'Print sheet' }).click());
    await expect.poll(() => page.locator('.print-progress__count').innerText()).toBe('4 of 4 cards');
    expect(everything.bytes.toString('latin1')).toContain('%%YC-PROGRESS 4/4');
    await context.close();
  });

  it('the templates gallery shows every layout drawn from its preview PDF, for any staff member', async () => {
    const { items } = await callApi<{ items: { id: string; name: string; kind: string; largePrint: boolean }[] }>(
      server.url,
      adminToken,
      'GET',
      '/api/templates',
    );
    expect(items.map((template) => template.id).sort()).toEqual(['a4-sheet', 'large-print', 'standard']);
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInInBrowser(page, server.url, STAFF);
    await page.getByRole('navigation').getByRole('link', { name: 'Card templates', exact: true }).click();

    for (const template of items) {
      const tile = page.getByRole('article', { name: template.name });
      await tile.waitFor();
      expect(await tile.getByText('Large print', { exact: true }).and(tile.locator('.badge')).count()).toBe(template.largePrint ? 1 : 0);
      await tile.locator('.pdf-preview[data-state="drawn"]').waitFor({ timeout: 30_000 });
      // Both faces of a card; the first sheet of a print sheet.
      expect(await tile.getByRole('img').count()).toBe(template.kind === 'card' ? 2 : 1);
    }
    const inks = await canvasInk(page, '.template-gallery canvas');
    expect(inks).toHaveLength(5);
    for (const { ink } of inks) expect(ink).toBeGreaterThan(0.02);
    await page.getByRole('rowheader', { name: 'Card number' }).waitFor();
    await context.close();
  });
});
