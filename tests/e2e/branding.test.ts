import sharp from 'sharp';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startServer, type RunningServer } from '../support/server-process.ts';
import { accessibilityProblems } from './public-app-support.ts';
import { apiToken, callApi, canvasInk, createStaffMember, signInInBrowser } from './staff-session.ts';

const ADMIN = { email: 'coordinator@carers.test', password: 'kettle on the windowsill' };
const STAFF = { email: 'worker@carers.test', password: 'seven blue herons waiting', name: 'Robin Worker' };
const NEW_COLOUR = '#0b6e4f';

type Branding = { organisationName: string; primaryColour: string; logoType: string | null };

describe('the branding page', () => {
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

  const savedBranding = async () => (await callApi<{ branding: Branding }>(server.url, adminToken, 'GET', '/api/settings/branding')).branding;

  it('an admin changes the name and colour, sees them in the live preview, saves, and they persist', async () => {
    const before = await savedBranding();
    expect(before.primaryColour.toLowerCase()).not.toBe(NEW_COLOUR);
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInInBrowser(page, server.url, ADMIN);
    await page.getByRole('navigation').getByRole('link', { name: 'Branding', exact: true }).click();

    const preview = page.locator('.branding-preview .pdf-preview');
    await page.locator('.branding-preview .pdf-preview[data-state="drawn"]').waitFor({ timeout: 30_000 });
    const [front] = await canvasInk(page, '.branding-preview canvas', NEW_COLOUR);
    expect(front!.ink).toBeGreaterThan(0.05);
    expect(front!.colour).toBeLessThan(0.001); // not the new colour yet

    await page.getByLabel('Organisation name', { exact: true }).fill('Sunrise Young Carers');
    await page.getByLabel('Primary colour as a hex code').fill(NEW_COLOUR);
    // Unsaved values are drawn: the header band turns the new colour.
    await expect
      .poll(async () => (await preview.getAttribute('data-state')) === 'drawn' && (await canvasInk(page, '.branding-preview canvas', NEW_COLOUR))[0]!.colour, {
        timeout: 20_000,
      })
      .toBeGreaterThan(0.03);
    expect((await savedBranding()).primaryColour).toBe(before.primaryColour); // nothing saved yet

    await page.getByRole('button', { name: 'Save branding' }).click();
    await page.getByText('Branding saved.').waitFor();
    expect(await savedBranding()).toMatchObject({ organisationName: 'Sunrise Young Carers', primaryColour: NEW_COLOUR });

    await page.reload();
    await expect.poll(() => page.getByLabel('Organisation name', { exact: true }).inputValue()).toBe('Sunrise Young Carers');
    expect(await page.getByLabel('Primary colour as a hex code').inputValue()).toBe(NEW_COLOUR);
    expect(await page.getByLabel('Primary colour', { exact: true }).inputValue()).toBe(NEW_COLOUR);
    await page.locator('.branding-preview .pdf-preview[data-state="drawn"]').waitFor({ timeout: 30_000 });
    expect((await canvasInk(page, '.branding-preview canvas', NEW_COLOUR))[0]!.colour).toBeGreaterThan(0.03);

    // A value the API refuses is explained on its field, and nothing is saved.
    await page.getByLabel('Organisation name', { exact: true }).fill('   ');
    await page.getByRole('button', { name: 'Save branding' }).click();
    await page.locator('.field__error', { hasText: 'Enter your organisation’s name.' }).waitFor();
    expect((await savedBranding()).organisationName).toBe('Sunrise Young Carers');
    await context.close();
  });

  it('an admin sets the Welsh wording and the bilingual layout, previews the card in Welsh and in both languages; axe finds nothing, in English or Welsh', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInInBrowser(page, server.url, ADMIN);
    await page.getByRole('navigation').getByRole('link', { name: 'Branding', exact: true }).click();
    await page.locator('.branding-preview .pdf-preview[data-state="drawn"]').waitFor({ timeout: 30_000 });
    expect(await page.getByLabel('“Young carer” wording in Welsh').inputValue()).toBe('Gofalwr Ifanc');
    await page.getByLabel('Organisation name in Welsh').fill('Gofalwyr Ifanc y Wawr');
    await page.getByLabel('Bilingual cards').selectOption('side_by_side');
    await page.getByLabel('Card language').selectOption('bilingual');
    await page.locator('.branding-preview .pdf-preview[data-state="drawn"]').waitFor({ timeout: 30_000 });
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByRole('button', { name: 'Save branding' }).click();
    await page.getByText('Branding saved.').waitFor();
    expect(await callApi<{ branding: Record<string, string> }>(server.url, adminToken, 'GET', '/api/settings/branding')).toMatchObject({
      branding: { organisationNameCy: 'Gofalwyr Ifanc y Wawr', bilingualLayout: 'side_by_side', youngCarerWordingCy: 'Gofalwr Ifanc' },
    });

    // The page itself in Welsh.
    await page.goto(`${server.url}${new URL(page.url()).pathname}?lang=cy`);
    await page.getByRole('button', { name: 'Cadw’r brandio' }).waitFor();
    await page.getByLabel('Iaith y cerdyn').selectOption('cy');
    await page.locator('.branding-preview .pdf-preview[data-state="drawn"]').waitFor({ timeout: 30_000 });
    expect(await accessibilityProblems(page)).toEqual([]);

    // The card templates page previews each layout in the language chosen beside it.
    await page.goto(`${server.url}/templates?lang=cy`);
    const tile = page.locator('.template-tile', { hasText: 'standard' });
    await tile.locator('.pdf-preview[data-state="drawn"]').waitFor({ timeout: 30_000 });
    await tile.getByLabel('Iaith y cerdyn').selectOption('bilingual');
    await tile.locator('.pdf-preview[data-state="drawn"]').waitFor({ timeout: 30_000 });
    expect(await accessibilityProblems(page)).toEqual([]);
    await context.close();
  });

  it('an admin uploads a logo, sees it, and removes it', async () => {
    const png = await sharp({ create: { width: 120, height: 60, channels: 4, background: '#d94f04' } }).png().toBuffer();
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInInBrowser(page, server.url, ADMIN);
    await page.goto(`${server.url}/settings/branding`);
    await page.getByText('No logo yet').waitFor();

    await page.getByLabel('Upload a logo').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: png });
    await page.getByRole('img', { name: 'New logo, not saved yet' }).waitFor();
    await page.getByRole('button', { name: 'Save logo' }).click();
    await page.getByText('Logo added.').waitFor();
    const shown = page.getByRole('img', { name: /logo, as cards print it/ });
    await expect.poll(() => shown.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    expect((await savedBranding()).logoType).toBe('image/png');

    // A file that is not a PNG or SVG is refused before it is sent.
    await page.getByLabel('Replace logo').setInputFiles({ name: 'logo.gif', mimeType: 'image/gif', buffer: Buffer.from('GIF89a') });
    await page.getByText('Choose a PNG or SVG image.').waitFor();

    await page.getByRole('button', { name: 'Remove logo' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
    await page.getByText('Logo removed.').waitFor();
    expect((await savedBranding()).logoType).toBeNull();
    await context.close();
  });

  it('staff who are not admins have no branding page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInInBrowser(page, server.url, STAFF);
    expect(await page.getByRole('navigation').getByRole('link', { name: 'Branding', exact: true }).count()).toBe(0);
    await page.goto(`${server.url}/settings/branding`);
    await page.getByRole('heading', { level: 1, name: 'You need an admin account' }).waitFor();
    expect(await page.getByLabel('Organisation name', { exact: true }).count()).toBe(0);
    await context.close();
  });
});
