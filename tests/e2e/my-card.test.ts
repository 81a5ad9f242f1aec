import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startServer, type RunningServer } from '../support/server-process.ts';
import { accessibilityProblems, addPartner, ADMIN, collectConsoleErrors, ORGANISATION, waitForServiceWorker } from './public-app-support.ts';
import { apiToken, callApi } from './staff-session.ts';

type Card = { id: string; number: string; token: string; verifyUrl: string; holderId: string };

/** What the young carer's page must never show: the family name, the date of birth, anything about whom they care for. */
const PRIVATE = ['Wiśniewska', '2012', 'cares for', 'grandad'];

/** The QR codes zbarimg (a real scanner) reads in a screenshot. */
function scan(png: Buffer): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'ycards-qr-'));
  try {
    const file = path.join(dir, 'shot.png');
    writeFileSync(file, png);
    return execFileSync('zbarimg', ['-q', '--raw', file], { encoding: 'utf8' }).trim().split('\n').filter(Boolean);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("a young carer's own card on their phone", () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let admin: string;
  let card: Card;
  let link: string;
  let errors: string[];

  beforeAll(async () => {
    server = await startServer({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, ORGANISATION_NAME: ORGANISATION.name, ORGANISATION_HELPLINE: ORGANISATION.helpline });
    browser = await launchChromium();
    admin = await apiToken(server.url, ADMIN);
    await addPartner(server.url, admin, 'Riverside Pool', { title: 'Free swim', conditions: 'Weekdays before 5pm' });
    const { holder } = await callApi<{ holder: { id: string } }>(server.url, admin, 'POST', '/api/holders', {
      givenName: 'Zofia',
      familyName: 'Wiśniewska',
      preferredName: 'Zosia',
      dateOfBirth: '2012-09-14',
      consentBy: 'parent',
      consentAt: new Date().toISOString(),
      consentMethod: 'written',
      caringNote: 'Cares for her grandad',
    });
    const photo = await sharp({ create: { width: 300, height: 400, channels: 3, background: '#7a9cc6' } }).jpeg().toBuffer();
    const form = new FormData();
    form.append('photo', new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }), 'photo.jpg');
    const uploaded = await fetch(`${server.url}/api/holders/${holder.id}/photo`, { method: 'PUT', headers: { authorization: `Bearer ${admin}` }, body: form });
    expect(uploaded.status).toBe(200);
    card = (await callApi<{ card: Card }>(server.url, admin, 'POST', `/api/holders/${holder.id}/cards`, {})).card;
    link = (await callApi<{ link: string }>(server.url, admin, 'POST', `/api/cards/${card.id}/invitations`, { channel: 'print' })).link;
    context = await browser.newContext({ viewport: { width: 375, height: 740 }, deviceScaleFactor: 2 });
    page = await context.newPage();
    errors = collectConsoleErrors(page);
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  const verify = async () =>
    ((await (await fetch(`${server.url}/api/v1/verify`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token: card.token }) })).json()) as { result: string }).result;
  const fillDateOfBirth = async (day: string, month: string, year: string) => {
    await page.getByLabel('Day').fill(day);
    await page.getByLabel('Month').selectOption({ label: month });
    await page.getByLabel('Year').fill(year);
    await page.getByRole('button', { name: 'Show my card' }).click();
  };

  it('opens from the link: a wrong date of birth is refused, the right one shows the card', async () => {
    await page.goto(link);
    await page.getByRole('heading', { name: 'Confirm it is you' }).waitFor();
    // The code is taken out of the address bar at once.
    expect(new URL(page.url()).hash).toBe('');
    expect(await accessibilityProblems(page)).toEqual([]);

    await fillDateOfBirth('15', 'September', '2012');
    // Beside the field, and again in the error summary at the top, which takes the cursor.
    await page.locator('.field__error', { hasText: /That date of birth doesn't match\. 4 tries left/ }).waitFor();
    await page.locator('.error-summary:focus', { hasText: /That date of birth doesn't match\. 4 tries left/ }).waitFor();
    await fillDateOfBirth('31', 'February', '2012');
    await page.locator('.field__error', { hasText: 'That is not a real date of birth' }).waitFor();
    await page.locator('.error-summary', { hasText: 'That is not a real date of birth' }).waitFor();
    await fillDateOfBirth('14', 'September', '2012');

    await page.getByRole('heading', { name: 'Zosia' }).waitFor();
    const text = await page.locator('main').innerText();
    expect(text).toContain(card.number);
    expect(text).toContain(ORGANISATION.name);
    expect(text).toContain('Free swim');
    for (const secret of PRIVATE) expect(text).not.toContain(secret);
    expect(await page.getByRole('img', { name: 'Your photo' }).evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    expect(await accessibilityProblems(page)).toEqual([]);
  });

  it('shows a QR code that a real scanner reads as the card\'s verify link', async () => {
    const qr = page.getByRole('img', { name: /QR code of your card/ });
    await qr.waitFor();
    expect(scan(await qr.screenshot())).toEqual([card.verifyUrl]);
    // And the whole screen, as a shop's phone would see it.
    expect(scan(await page.screenshot({ fullPage: true }))).toContain(card.verifyUrl);
    const pdf = await page.evaluate(async () => {
      const response = await fetch('/api/my/card/pdf', { credentials: 'same-origin' });
      return { status: response.status, type: response.headers.get('content-type') };
    });
    expect(pdf).toEqual({ status: 200, type: 'application/pdf' });
  });

  it("freezes the card at once with \"I've lost my card\", and shows it again once staff unfreeze it", async () => {
    expect(await verify()).toBe('valid');
    await page.getByRole('button', { name: "I've lost my card" }).click();
    const dialog = page.getByRole('dialog', { name: 'Freeze your card?' });
    await dialog.getByRole('button', { name: 'No, keep it' }).click();
    expect(await verify()).toBe('valid');
    await page.getByRole('button', { name: "I've lost my card" }).click();
    await dialog.getByRole('button', { name: 'Yes, freeze my card' }).click();
    await page.getByText('Your card is frozen').waitFor();
    await page.getByText('What happens next:').waitFor();
    expect(await page.getByRole('img', { name: /QR code/ }).count()).toBe(0);
    expect(await verify()).toBe('not_valid');
    const staffView = (await callApi<{ card: { status: string; statusReason: string } }>(server.url, admin, 'GET', `/api/cards/${card.id}`)).card;
    expect(staffView).toMatchObject({ status: 'suspended', statusReason: 'reported_lost' });
    expect(await accessibilityProblems(page)).toEqual([]);

    await callApi(server.url, admin, 'POST', `/api/cards/${card.id}/resume`);
    await page.reload();
    await page.getByRole('img', { name: /QR code of your card/ }).waitFor();
    expect(await verify()).toBe('valid');
  });

  it('still opens the card with no signal at all, from the copy saved on the phone', async () => {
    await waitForServiceWorker(page);
    // Opened again under the worker's control: the card and photo are saved.
    await page.reload();
    await page.getByRole('img', { name: /QR code of your card/ }).waitFor();
    await expect.poll(() => page.evaluate(async () => (await caches.open('yc-my-card')).keys().then((k) => k.length))).toBeGreaterThanOrEqual(2);

    await server.stop();
    await context.setOffline(true);
    await page.reload();
    await page.getByText('Saved on this phone').waitFor();
    await page.getByRole('heading', { name: 'Zosia' }).waitFor();
    const qr = page.getByRole('img', { name: /QR code of your card/ });
    expect(scan(await qr.screenshot())).toEqual([card.verifyUrl]);
    expect(await page.getByRole('img', { name: 'Your photo' }).evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: "I've lost my card" }).isDisabled()).toBe(true);
    expect(errors.filter((e) => !/Failed to load resource|ERR_INTERNET_DISCONNECTED|net::/.test(e))).toEqual([]);
  });
});

describe('typing the code instead of opening the link', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, ORGANISATION_NAME: ORGANISATION.name, INVITATION_MAX_ATTEMPTS: '2' });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('takes a code read over the phone, locks after too many wrong dates, and a signed-out phone forgets the card', async () => {
    const admin = await apiToken(server.url, ADMIN);
    const make = async (givenName: string) => {
      const { holder } = await callApi<{ holder: { id: string } }>(server.url, admin, 'POST', '/api/holders', {
        givenName, familyName: 'Nowak', dateOfBirth: '2013-01-05', consentBy: 'parent', consentAt: new Date().toISOString(), consentMethod: 'written',
      });
      const { card } = await callApi<{ card: Card }>(server.url, admin, 'POST', `/api/holders/${holder.id}/cards`, {});
      const { code } = await callApi<{ code: string }>(server.url, admin, 'POST', `/api/cards/${card.id}/invitations`, { channel: 'print' });
      return { holderId: holder.id, code };
    };
    const locked = await make('Kuba');
    const typed = await make('Ola');
    const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    const open = async (code: string, day: string) => {
      await page.getByLabel('Your code').fill(code);
      await page.getByLabel('Day').fill(day);
      await page.getByLabel('Month').selectOption({ label: 'January' });
      await page.getByLabel('Year').fill('2013');
      await page.getByRole('button', { name: 'Show my card' }).click();
    };

    await page.goto(`${server.url}/my`);
    await page.getByRole('heading', { name: 'Open your card' }).waitFor();
    await open('K7P3Q', '5');
    await page.locator('.field__error', { hasText: /That code is not right/ }).waitFor();

    await open(locked.code, '6');
    await page.locator('.field__error', { hasText: /1 try left/ }).waitFor();
    await open(locked.code, '7');
    await page.locator('.field__error', { hasText: /now locked/ }).waitFor();
    await open(locked.code, '5');
    await page.locator('.field__error', { hasText: /locked after too many wrong dates of birth/ }).waitFor();

    // Typed as people type: lower case, spaces, O for 0.
    await open(typed.code.toLowerCase().replace('-', ' ').replace(/0/g, 'o'), '5');
    await page.getByRole('heading', { name: 'Ola' }).waitFor();

    // Staff sign the phone out (a lost phone): the page goes back to the code form and the saved card is gone.
    const { items } = await callApi<{ items: { id: string }[] }>(server.url, admin, 'GET', `/api/holders/${typed.holderId}/devices`);
    await callApi(server.url, admin, 'POST', `/api/devices/${items[0]!.id}/sign-out`);
    await page.reload();
    await page.getByRole('heading', { name: 'Open your card' }).waitFor();
    expect(await page.evaluate(async () => (await caches.keys()).includes('yc-my-card') && (await (await caches.open('yc-my-card')).keys()).length > 0)).toBe(false);
    await context.close();
  });
});
