import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startServer, type RunningServer } from '../support/server-process.ts';
import { accessibilityProblems } from './public-app-support.ts';
import { apiToken, callApi, createStaffMember, issueCard, registerHolder, signInInBrowser } from './staff-session.ts';

const ADMIN = { email: 'coordinator@carers.test', password: 'kettle on the windowsill' };
const STAFF = { email: 'worker@carers.test', password: 'teapot under the stairs', name: 'Sam Worker' };

describe('erasing a young carer’s record from their page', () => {
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

  it('an admin sets the retention period; Needs attention lists a record due for erasure; an admin erases it by typing the name; staff have no such button', async () => {
    const holder = await registerHolder(server.url, adminToken, 'Ottilie', 'Erasmus-Quint');
    const card = await issueCard(server.url, adminToken, holder.id);
    await callApi(server.url, adminToken, 'POST', `/api/cards/${card.id}/revoke`, { reason: 'no_longer_caring' });
    const other = await registerHolder(server.url, adminToken, 'Bartholomew', 'Keeps');
    await issueCard(server.url, adminToken, other.id);

    const page = await (await browser.newContext()).newPage();
    await signInInBrowser(page, server.url, ADMIN);
    // Kept one month after the last card ended: a card revoked now is due within the 45 days Needs attention looks ahead.
    await page.goto(`${server.url}/renewals`);
    const keeping = page.getByRole('region', { name: 'Keeping records' });
    await keeping.getByText('erased 12 months after their last card ended', { exact: false }).waitFor();
    const months = keeping.getByLabel('Months to keep a record');
    await months.fill('121');
    await keeping.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => months.getAttribute('aria-invalid')).toBe('true');
    await months.fill('1');
    await keeping.getByRole('button', { name: 'Save' }).click();
    await keeping.getByText('Records are now kept 1 month after their last card ended.').waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    expect((await callApi<{ settings: { months: number } }>(server.url, adminToken, 'GET', '/api/settings/retention')).settings.months).toBe(1);
    await page.goto(server.url);
    const attention = page.getByRole('region', { name: 'Needs attention' });
    await attention.getByText('1 record due for erasure').waitFor();
    const due = attention.getByRole('list', { name: 'Records due for erasure' });
    expect(await due.getByRole('listitem').count()).toBe(1);
    expect(await due.textContent()).toContain('Ottilie Erasmus-Quint');
    expect(await accessibilityProblems(page)).toEqual([]);

    await due.getByRole('link', { name: 'Ottilie Erasmus-Quint' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ottilie Erasmus-Quint' }).waitFor();
    await page.getByRole('button', { name: 'Erase record…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Erase Ottilie Erasmus-Quint’s record?' });
    await dialog.waitFor();
    const typed = dialog.getByLabel('Type their name, Ottilie Erasmus-Quint, to confirm');
    await typed.fill('Ottilie');
    await dialog.getByRole('button', { name: 'Erase for good' }).click();
    await expect.poll(() => typed.getAttribute('aria-invalid')).toBe('true');
    expect(await dialog.textContent()).toContain('Type Ottilie Erasmus-Quint to confirm.');
    expect(await accessibilityProblems(page)).toEqual([]);
    // Nothing was erased by the wrong name.
    expect((await callApi<{ holder: { givenName: string } }>(server.url, adminToken, 'GET', `/api/holders/${holder.id}`)).holder.givenName).toBe('Ottilie');

    await typed.fill('ottilie erasmus-quint');
    await dialog.getByRole('button', { name: 'Erase for good' }).click();
    await page.getByText('The record was erased. Nothing about this young carer is kept.').waitFor();
    expect(new URL(page.url()).pathname).toBe('/holders');
    expect(await page.getByText('Ottilie').count()).toBe(0);
    expect(await accessibilityProblems(page)).toEqual([]);

    const opened = await fetch(`${server.url}/api/holders/${holder.id}`, { headers: { authorization: `Bearer ${adminToken}` } });
    expect(opened.status).toBe(409);
    expect(((await opened.json()) as { error: { code: string } }).error.code).toBe('HOLDER_ERASED');
    const verified = await fetch(`${server.url}/api/v1/verify`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ cardNumber: card.number }) });
    expect(((await verified.json()) as { result: string }).result).toBe('not_valid');

    // Its old address says the record is gone, and Needs attention has nothing left to say about it.
    await page.goto(`${server.url}/holders/${holder.id}`);
    await page.getByRole('heading', { level: 1, name: 'Record erased' }).waitFor();
    await page.goto(server.url);
    await page.getByRole('region', { name: 'Needs attention' }).getByText('Nothing needs attention right now.').waitFor();

    // Staff (not admins) see the record but no way to erase it.
    const staffPage = await (await browser.newContext()).newPage();
    await signInInBrowser(staffPage, server.url, STAFF);
    await staffPage.goto(`${server.url}/holders/${other.id}`);
    await staffPage.getByRole('heading', { level: 1, name: 'Bartholomew Keeps' }).waitFor();
    expect(await staffPage.getByRole('button', { name: 'Erase record…' }).count()).toBe(0);
  });
});
