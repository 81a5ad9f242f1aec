import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startServer, type RunningServer } from '../support/server-process.ts';
import { accessibilityProblems } from './public-app-support.ts';
import { apiToken, callApi, createStaffMember, signInInBrowser } from './staff-session.ts';

const ADMIN = { email: 'auditor@carers.test', password: 'kettle on the windowsill' };
const STAFF = { email: 'robin@carers.test', password: 'seven blue herons waiting', name: 'Robin Worker' };

describe('the readable audit log, History panels and the dashboard', () => {
  let server: RunningServer;
  let browser: Browser;
  let adminToken: string;
  let holderId: string;
  beforeAll(async () => {
    server = await startServer({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password });
    browser = await launchChromium();
    adminToken = await apiToken(server.url, ADMIN);
    await createStaffMember(server.url, adminToken, STAFF);
    const { holder } = await callApi<{ holder: { id: string } }>(server.url, adminToken, 'POST', '/api/holders', {
      givenName: 'Maya', familyName: 'Okafor', dateOfBirth: '2013-04-03', consentBy: 'parent', consentAt: new Date().toISOString(), consentMethod: 'written',
    });
    holderId = holder.id;
    const { card } = await callApi<{ card: { id: string } }>(server.url, adminToken, 'POST', `/api/holders/${holderId}/cards`, {});
    const pdf = await fetch(`${server.url}/api/cards/${card.id}/pdf`, { headers: { authorization: `Bearer ${adminToken}` } });
    expect(pdf.status).toBe(200);
    // Robin looks at Maya's record: the event the admin will look for.
    await callApi(server.url, await apiToken(server.url, { email: STAFF.email, password: STAFF.password }), 'GET', `/api/holders/${holderId}`);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function signedIn(who: typeof ADMIN): Promise<Page> {
    const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
    await signInInBrowser(page, server.url, who);
    return page;
  }

  it('the audit log says who did what to whom, links the record, and finds who viewed Maya’s record', async () => {
    const page = await signedIn(ADMIN);
    await page.getByRole('navigation').getByRole('link', { name: 'Audit log' }).click();
    const table = page.getByRole('table', { name: 'Audit events, newest first' });
    const viewed = table.getByRole('row').filter({ hasText: 'Robin Worker viewed the record of Maya Okafor' });
    await viewed.waitFor();
    await table.getByRole('row').filter({ hasText: /downloaded the card PDF of card YC-\S+ \(Maya Okafor\)/ }).first().waitFor();
    expect(await page.getByText(/holder [0-9a-f]{8}-/).count()).toBe(0);
    await table.screenshot({ path: '/tmp/audit-log.png' });
    expect(await accessibilityProblems(page)).toEqual([]);

    // The name is a link to her record; its History links back to the log filtered by her.
    await viewed.getByRole('link', { name: 'Maya Okafor' }).click();
    await page.getByRole('heading', { level: 1, name: 'Maya Okafor' }).waitFor();
    await page.getByRole('link', { name: 'Filter the audit log by this record' }).click();
    await page.getByText('Only events about').waitFor();
    await page.getByLabel('What happened').selectOption({ label: 'Record viewed' });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/action=holder\.read/);
    await page.getByText('Only events about Maya Okafor').waitFor();
    const rows = page.getByRole('table', { name: 'Audit events, newest first' }).getByRole('row');
    await rows.filter({ hasText: 'Robin Worker viewed the record of Maya Okafor' }).waitFor();
    // The header row, Robin's look, and the admin's own just now; nothing else.
    await expect.poll(() => rows.count()).toBe(3);
    for (const text of await rows.allInnerTexts()) if (!text.startsWith('Time')) expect(text).toMatch(/viewed the record of Maya Okafor/);
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.context().close();
  });

  it('a caseworker sees the History on a young carer’s page, in words', async () => {
    const page = await signedIn(STAFF);
    await page.goto(`${server.url}/holders/${holderId}`);
    const history = page.getByRole('table', { name: /History of Maya Okafor’s record/ });
    await history.getByRole('row').filter({ hasText: 'Robin Worker viewed the record of Maya Okafor' }).first().waitFor();
    await history.getByRole('row').filter({ hasText: /downloaded the card PDF of card YC-\S+ \(Maya Okafor\)/ }).waitFor();
    await history.getByRole('row').filter({ hasText: /issued card YC-/ }).waitFor();
    // Not an admin: no link to the full log.
    expect(await page.getByRole('link', { name: 'Filter the audit log by this record' }).count()).toBe(0);
    await page.context().close();
  });

  it('the dashboard draws its charts with tables beside them, passes axe, and downloads a CSV with small numbers held back', async () => {
    const page = await signedIn(ADMIN);
    await page.getByRole('navigation').getByRole('link', { name: 'Reports' }).click();
    await page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();
    const ageTable = page.getByRole('table', { name: 'Young carers by age band' });
    await ageTable.getByRole('row', { name: /12 to 14/ }).getByText('fewer than 5').waitFor();
    expect(await page.locator('figure.chart svg rect').count()).toBeGreaterThan(0);
    // Cards (2), age bands and areas (2), referrals (1); no partner has checked a card yet, which it says.
    expect(await page.locator('figure.chart').count()).toBe(5);
    await page.getByText('No partner checked a card in these months.').waitFor();
    await page.screenshot({ path: '/tmp/reports-dashboard.png', fullPage: true });
    await page.locator('section[aria-labelledby="report-people-title"]').screenshot({ path: '/tmp/reports-people.png' });
    expect(await accessibilityProblems(page)).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^young-carer-cards-report-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv).toContain('Young carers by age band');
    expect(csv).toContain('12 to 14,fewer than 5\r\n');
    expect(csv).not.toMatch(/Maya|Okafor|2013-04-03/);
    const audit = await callApi<{ items: { action: string }[] }>(server.url, adminToken, 'GET', '/api/audit?action=report.csv');
    expect(audit.items).toHaveLength(1);
    await page.context().close();
  });
});
