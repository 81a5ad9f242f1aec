import sharp from 'sharp';
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startServer, type RunningServer } from '../support/server-process.ts';
import { accessibilityProblems } from './public-app-support.ts';
import { apiToken, callApi, chooseConsent, fillDate, followErrorSummary, signInInBrowser } from './staff-session.ts';

const ADMIN = { email: 'coordinator@carers.test', password: 'kettle on the windowsill' };

type Holder = { id: string; givenName: string; contactPhone: string | null; reference: string | null; notes: string | null; photoUrl: string | null };

/** The error shown on a field: the text its input points to with aria-describedby, once it is marked invalid. */
async function fieldError(input: Locator): Promise<string> {
  await expect.poll(() => input.getAttribute('aria-invalid')).toBe('true');
  const ids = ((await input.getAttribute('aria-describedby')) ?? '').split(' ').filter((id) => id.endsWith('-error'));
  expect(ids).toHaveLength(1);
  return (await input.page().locator(`[id="${ids[0]}"]`).textContent()) ?? '';
}

describe('the young carer form and photo, checked against the API schema', () => {
  let server: RunningServer;
  let browser: Browser;
  let adminToken: string;
  const holderById = async (id: string) => (await callApi<{ holder: Holder }>(server.url, adminToken, 'GET', `/api/holders/${id}`)).holder;

  beforeAll(async () => {
    server = await startServer({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password });
    browser = await launchChromium();
    adminToken = await apiToken(server.url, ADMIN);
    // Its reference is taken, so the API has something to refuse.
    await callApi(server.url, adminToken, 'POST', '/api/holders', {
      givenName: 'Taken',
      familyName: 'Reference',
      dateOfBirth: '2012-09-14',
      consentBy: 'parent',
      consentAt: new Date().toISOString(),
      consentMethod: 'written',
      reference: 'YCN-0001',
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('refuses what the schema refuses on its field, puts the API’s own refusal on its field, and saves an edit (an emptied reference is cleared)', async () => {
    // An en-US browser, which would show <input type="date"> as mm/dd/yyyy.
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await signInInBrowser(page, server.url, ADMIN);
    await page.goto(`${server.url}/holders/new`);

    // The date of birth is day, month and year boxes, numeric keypads on a phone, in every locale.
    const dateOfBirth = page.getByRole('group', { name: 'Date of birth' });
    await dateOfBirth.waitFor();
    expect(await dateOfBirth.locator('input[inputmode="numeric"]').count()).toBe(3);
    expect(await page.locator('input[type="date"]').count()).toBe(0);
    for (const [parts, message] of [
      ['2013--17', 'Date of birth must include a month'],
      ['2013-02-30', 'Date of birth must be a real date'],
      ['2999-01-01', 'Date of birth must be in the past'],
    ] as const) {
      await fillDate(page, 'Date of birth', parts);
      await page.getByRole('button', { name: 'Register young carer' }).click();
      expect(await dateOfBirth.locator('.field__error').innerText()).toContain(message);
      await followErrorSummary(page, message, 'dateOfBirth-day');
    }
    expect(await accessibilityProblems(page)).toEqual([]);

    // The schema's limits are on the inputs, and what it requires is marked.
    const givenName = page.getByLabel('Given name');
    expect(await givenName.getAttribute('maxlength')).toBe('60');
    expect(await givenName.getAttribute('required')).not.toBeNull();
    expect(await page.getByLabel('Preferred name').getAttribute('required')).toBeNull();

    await page.getByLabel('Family name').fill('Nowak');
    await fillDate(page, 'Date of birth', '2013-05-17');
    await page.getByLabel('Contact phone').fill('call after six');
    await chooseConsent(page);
    await page.getByRole('button', { name: 'Register young carer' }).click();
    expect(await fieldError(givenName)).toContain('Enter their given name.');
    expect(await fieldError(page.getByLabel('Contact phone'))).toContain('digits, spaces and + ( ) - only');
    await followErrorSummary(page, 'Enter their given name.', 'givenName');

    await givenName.fill('Lena');
    await page.getByLabel('Contact phone').fill('0115 496 0000');
    await page.getByLabel('Reference').fill('YCN-0001');
    await page.getByRole('button', { name: 'Register young carer' }).click();
    expect(await fieldError(page.getByLabel('Reference'))).toContain('Another young carer already has this reference.');
    await followErrorSummary(page, 'Another young carer already has this reference.', 'reference');
    expect(await page.getByRole('alert').filter({ hasText: 'Could not register' }).count()).toBe(0);

    await page.getByLabel('Reference').fill('YCN-0002');
    await page.getByRole('button', { name: 'Register young carer' }).click();
    await page.getByRole('heading', { level: 1, name: /Lena Nowak/ }).waitFor();
    const id = new URL(page.url()).pathname.split('/').pop()!;
    expect(await holderById(id)).toMatchObject({ givenName: 'Lena', contactPhone: '0115 496 0000', reference: 'YCN-0002', notes: null });

    await page.goto(`${server.url}/holders/${id}/edit`);
    await page.getByLabel('Staff notes').fill('Prefers texts.');
    await page.getByLabel('Reference').fill('');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Changes saved.').waitFor();
    expect(await holderById(id)).toMatchObject({ givenName: 'Lena', reference: null, notes: 'Prefers texts.' });
    await context.close();
  });

  it('adds a photo with a preview, refuses a file of the wrong type before sending it, and removes the photo', async () => {
    const { holder } = await callApi<{ holder: Holder }>(server.url, adminToken, 'POST', '/api/holders', {
      givenName: 'Maya',
      familyName: 'Photo',
      dateOfBirth: '2011-02-03',
      consentBy: 'parent',
      consentAt: new Date().toISOString(),
      consentMethod: 'written',
    });
    const jpeg = await sharp({ create: { width: 300, height: 400, channels: 3, background: '#8a6d5a' } }).jpeg().toBuffer();
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInInBrowser(page, server.url, ADMIN);
    await page.goto(`${server.url}/holders/${holder.id}`);
    await page.getByText('No photo yet').waitFor();

    await page.getByLabel('Add a photo').setInputFiles({ name: 'maya.gif', mimeType: 'image/gif', buffer: Buffer.from('GIF89a') });
    await page.getByText('Choose a JPEG, PNG or WebP image.').waitFor();

    await page.getByLabel('Add a photo').setInputFiles({ name: 'maya.jpg', mimeType: 'image/jpeg', buffer: jpeg });
    await page.getByRole('img', { name: 'New photo for Maya Photo, not saved yet' }).waitFor();
    await page.getByText('Is it clear, recent and only of Maya?').waitFor();
    await page.getByRole('button', { name: 'Save photo' }).click();
    await page.getByText('Photo added.').waitFor();
    const shown = page.getByRole('img', { name: 'Photo of Maya Photo' });
    await expect.poll(() => shown.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    expect((await holderById(holder.id)).photoUrl).not.toBeNull();

    await page.getByRole('button', { name: 'Remove photo' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
    await page.getByText('Photo removed.').waitFor();
    await page.getByText('No photo yet').waitFor();
    expect((await holderById(holder.id)).photoUrl).toBeNull();
    await context.close();
  });
});
