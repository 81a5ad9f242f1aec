import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../support/pdf-tools.ts';
import { launchChromium, startServer, type RunningServer } from '../support/server-process.ts';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp-server.ts';
import { accessibilityProblems } from './public-app-support.ts';
import { apiToken, callApi, createStaffMember, signInInBrowser } from './staff-session.ts';

const ADMIN = { email: 'coordinator@carers.test', password: 'kettle on the windowsill' };
const ORGANISATION = { name: 'Riverside Carers', helpline: '0800 111 2222' };

/** What a phone camera reads from a PNG: zbarimg's decoded texts. */
function decodeQrPng(png: Buffer): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'ycards-qr-'));
  try {
    const file = path.join(dir, 'qr.png');
    writeFileSync(file, png);
    return execFileSync('zbarimg', ['-q', '--raw', file], { encoding: 'utf8' }).trim().split('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function downloaded(page: Page, start: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), start()]);
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

describe('setting up a shop, and staff account self-service, in the browser', () => {
  let smtp: TestSmtpServer;
  let server: RunningServer;
  let browser: Browser;
  let adminToken: string;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    server = await startServer({
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      ORGANISATION_NAME: ORGANISATION.name,
      ORGANISATION_HELPLINE: ORGANISATION.helpline,
      SMTP_URL: smtp.url,
      OUTBOX_POLL_MS: '200',
    });
    browser = await launchChromium();
    adminToken = await apiToken(server.url, ADMIN);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await smtp?.close();
  });

  it("staff set up a shop from its page: a QR code of its link, the setup sheet, an email; the shop's phone then says whom it is set up for", async () => {
    const { partner } = await callApi<{ partner: { id: string; name: string; verifyLink: string } }>(server.url, adminToken, 'POST', '/api/partners', {
      name: 'Mill Street Pharmacy',
      category: 'health',
      contactEmail: 'manager@pharmacy.test',
    });
    const context = await browser.newContext({ acceptDownloads: true, locale: 'en-GB' });
    const page = await context.newPage();
    await signInInBrowser(page, server.url, ADMIN);
    await page.goto(`${server.url}/partners/${partner.id}`);
    await page.getByRole('heading', { name: 'Set up Mill Street Pharmacy’s phone' }).waitFor();
    const qr = page.getByRole('img', { name: /QR code of the verify link for Mill Street Pharmacy/ });
    await qr.waitFor();
    expect(decodeQrPng(await qr.screenshot())).toEqual([partner.verifyLink]);
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.screenshot({ path: path.join(tmpdir(), 'guard1-partner-setup.png'), fullPage: true });

    const sheet = await downloaded(page, () => page.getByRole('button', { name: 'Download setup sheet (PDF)' }).click());
    expect(sheet.name).toBe('setup-sheet-mill-street-pharmacy.pdf');
    const text = pdfText(sheet.bytes).replace(/\s+/g, ' ');
    expect(text).toContain('Mill Street Pharmacy');
    expect(text).toContain(ORGANISATION.helpline);

    await page.getByRole('button', { name: 'Email the link to manager@pharmacy.test' }).click();
    await page.getByText('The link is on its way to manager@pharmacy.test').waitFor();
    const [mail] = await smtp.waitFor(1, 15_000);
    expect(mail!.to && 'text' in mail!.to ? mail!.to.text : '').toBe('manager@pharmacy.test');
    expect(mail!.text).toContain(partner.verifyLink);
    await context.close();

    // The shop's own phone opens the link from the sheet or the email.
    const phone = await browser.newContext({ viewport: { width: 375, height: 740 } });
    const shop = await phone.newPage();
    await shop.goto(partner.verifyLink);
    await expect.poll(() => shop.locator('.partner-notice p').first().innerText()).toBe('Set up for Mill Street Pharmacy. Your offers are listed first.');
    // The public pages carry the charity's name, not only the product's.
    await expect.poll(() => shop.locator('.site-header__brand').innerText()).toBe(ORGANISATION.name);
    expect(await shop.title()).toBe(`Check a young carer card · ${ORGANISATION.name}`);
    expect(await accessibilityProblems(shop)).toEqual([]);
    await shop.screenshot({ path: path.join(tmpdir(), 'guard1-shop-phone.png') });
    await phone.close();
  });

  it('the set-password page says whose account it is, and refuses a used link as soon as it opens', async () => {
    const created = await callApi<{ passwordLink: { url: string } }>(server.url, adminToken, 'POST', '/api/staff', { email: 'new.worker@carers.test', name: 'Sam Newworker', role: 'staff' });
    const link = created.passwordLink.url;
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    const log: string[] = [];
    page.on('request', (r) => log.push(`req ${r.method()} ${r.url()}`));
    page.on('response', (r) => log.push(`res ${r.status()} ${r.url()}`));
    page.on('console', (m) => log.push(`console ${m.text()}`));
    await page.goto(link);
    await page.getByText('This sets the password for Sam Newworker (new.worker@carers.test).').waitFor({ timeout: 20_000 }).catch(async (error: unknown) => {
      await page.screenshot({ path: path.join(tmpdir(), 'guard1-set-password-fail.png') });
      // What the page asked and got, to tell a slow answer from a lost one.
      throw new Error(`${String(error)}\n${log.join('\n')}`);
    });
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByLabel('Password', { exact: true }).fill('lanterns along the canal');
    await page.getByLabel('Confirm password').fill('lanterns along the canal');
    await page.getByRole('button', { name: 'Set password' }).click();
    await page.getByText('Your password is set.').waitFor();

    const again = await context.newPage();
    await again.goto(link);
    await again.getByText('This link no longer works').waitFor();
    expect(await again.getByText('This link has expired or has already been used. Ask an administrator for a new one.').count()).toBe(1);
    expect(await again.getByLabel('Password', { exact: true }).count()).toBe(0);
    expect(await accessibilityProblems(again)).toEqual([]);
    await context.close();
  });

  it('staff change their own password on Your account; the other session is signed out; a disabled account is told so at sign-in', async () => {
    const who = { email: 'changer@carers.test', password: 'seven blue herons waiting', name: 'Robin Changer' };
    await createStaffMember(server.url, adminToken, who);
    const otherToken = await apiToken(server.url, { email: who.email, password: who.password });
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await signInInBrowser(page, server.url, { email: who.email, password: who.password });
    await page.goto(`${server.url}/account`);
    await page.getByRole('heading', { name: 'Password', exact: true }).waitFor();

    await page.getByLabel('Current password').fill('not the right one at all');
    await page.getByLabel('New password', { exact: true }).fill('an owl in the old barn');
    await page.getByLabel('Confirm new password').fill('an owl in the old barn');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Your current password is not right.').first().waitFor();
    expect(await page.getByLabel('Current password').getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel('Current password').fill(who.password);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Your password is changed. You were signed out of your other session.').waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    const me = await fetch(`${server.url}/api/auth/me`, { headers: { authorization: `Bearer ${otherToken}` } });
    expect(me.status).toBe(401);
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();

    const { items } = await callApi<{ items: { id: string; email: string }[] }>(server.url, adminToken, 'GET', '/api/staff');
    await callApi(server.url, adminToken, 'POST', `/api/staff/${items.find((s) => s.email === who.email)!.id}/disable`);
    await page.goto(`${server.url}/login`);
    await page.getByLabel('Email').fill(who.email);
    await page.getByLabel('Password', { exact: true }).fill('an owl in the old barn');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('This account has been disabled. Ask an administrator at your organisation to enable it again.').waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await context.close();
  });
});
