import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startServer, type RunningServer } from '../support/server-process.ts';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp-server.ts';
import { accessibilityProblems } from './public-app-support.ts';
import { apiToken, callApi, createStaffMember, issueCard, signInInBrowser } from './staff-session.ts';

const ADMIN = { email: 'coordinator@carers.test', password: 'kettle on the windowsill' };
const STAFF = { email: 'worker@carers.test', password: 'seven blue herons waiting', name: 'Robin Worker' };

/** 18 next month (UTC): the card runs to the end of this month, and no renewal could give a later one. */
function eighteenNextMonth(): { dateOfBirth: string; words: string } {
  const now = new Date();
  const birthday = new Date(Date.UTC(now.getUTCFullYear() - 18, now.getUTCMonth() + 1, 12));
  const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  return { dateOfBirth: birthday.toISOString().slice(0, 10), words: month.toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }) };
}

describe('renewal reminders in the web app: the check step, one reminder per card, automatic reminders', () => {
  let smtp: TestSmtpServer;
  let server: RunningServer;
  let browser: Browser;
  let adminToken: string;
  const api = <T,>(method: string, path: string, body?: unknown) => callApi<T>(server.url, adminToken, method, path, body);
  const newContext = (): Promise<BrowserContext> => browser.newContext({ locale: 'en-GB', timezoneId: 'UTC' });

  beforeAll(async () => {
    smtp = await startSmtpServer();
    // One-month cards: every card issued today runs out within the 60-day window.
    server = await startServer({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, SMTP_URL: smtp.url, OUTBOX_POLL_MS: '200', CARD_VALIDITY_MONTHS: '1' });
    browser = await launchChromium();
    adminToken = await apiToken(server.url, ADMIN);
    await createStaffMember(server.url, adminToken, STAFF);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await smtp?.close();
  });

  it('the check step splits who is emailed, phoned, reached another way and ageing out; one reminder per card; an admin turns automatic reminders on', async () => {
    const consent = { consentBy: 'parent', consentAt: new Date().toISOString(), consentMethod: 'written' };
    const holder = async (givenName: string, familyName: string, extra: Record<string, string>) =>
      (await api<{ holder: { id: string } }>('POST', '/api/holders', { givenName, familyName, dateOfBirth: '2013-04-03', ...consent, ...extra })).holder;
    const ageing = eighteenNextMonth();
    const maja = await holder('Maja', 'Email-Family', { contactEmail: 'maja.family@family.test' });
    const leon = await holder('Leon', 'Phone-Only', { contactPhone: '0115 222 3333' });
    const nia = await holder('Nia', 'No-Contact', {});
    const omar = await holder('Omar', 'Nearly-Eighteen', { dateOfBirth: ageing.dateOfBirth, contactEmail: 'omar.family@family.test' });
    const majaCard = await issueCard(server.url, adminToken, maja.id);
    for (const other of [leon, nia, omar]) await issueCard(server.url, adminToken, other.id);

    const context = await newContext();
    const page = await context.newPage();
    await signInInBrowser(page, server.url, STAFF);
    await page.getByRole('navigation').getByRole('link', { name: 'Renewals', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Renewals' }).waitFor();
    await page.getByRole('link', { name: '60 days' }).click();
    await page.getByRole('heading', { name: 'Cards running out in the next 60 days' }).waitFor();
    const row = (name: string) => page.getByRole('row').filter({ has: page.getByRole('link', { name }) });
    await row('Maja Email-Family').getByText(majaCard.number).waitFor();
    await row('Leon Phone-Only').getByText('Phone only').waitFor();
    await row('Nia No-Contact').getByText('No email or phone').waitFor();
    await row('Omar Nearly-Eighteen').getByText(`Ages out on ${ageing.words}: no renewal possible`).waitFor();
    expect(await row('Maja Email-Family').getByText('Not sent').count()).toBe(1);

    // The 7-day window leaves the one-month cards out.
    await page.getByRole('link', { name: '7 days' }).click();
    await page.getByRole('heading', { name: 'Cards running out in the next 7 days' }).waitFor();
    await expect.poll(() => row('Maja Email-Family').count()).toBe(0);
    await page.getByRole('link', { name: '60 days' }).click();
    await row('Maja Email-Family').waitFor();

    const dialog = page.getByRole('dialog', { name: 'Check who gets a renewal reminder' });
    const send = async () => {
      for (const name of ['Maja Email-Family', 'Leon Phone-Only', 'Nia No-Contact', 'Omar Nearly-Eighteen']) {
        await page.getByRole('checkbox', { name: `Select ${name}` }).check();
      }
      await page.getByText('To the 4 cards ticked.').waitFor();
      await page.getByRole('button', { name: 'Send renewal reminders' }).click();
      await dialog.waitFor();
    };
    const before = smtp.received.length;
    await send();
    const check = await dialog.innerText();
    expect(check).toMatch(/Emailed: 1 young carer[\s\S]*Maja Email-Family/);
    expect(check).toMatch(/To phone: 1 young carer[\s\S]*Leon Phone-Only/);
    expect(check).toMatch(/No email or phone: 1 young carer[\s\S]*reach them another way[\s\S]*Nia No-Contact/);
    expect(check).toMatch(new RegExp(`Ageing out: 1 young carer[\\s\\S]*Omar Nearly-Eighteen \\(ages out on ${ageing.words}: no renewal possible\\)`));
    // Omar has an email, but is not among those emailed.
    expect(check.slice(0, check.indexOf('To phone'))).not.toContain('Omar');
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/renewal-check.png' });
    await dialog.getByRole('button', { name: 'Send reminders' }).click();
    await page.getByText('Renewal reminders sent').waitFor();
    await page.getByText('1 reminder queued').waitFor();
    await page.getByText('1 with no email: phone them.').waitFor();
    await page.getByText('1 with no email or phone: reach them another way.').waitFor();
    await page.getByText('1 ageing out: no reminder, as no renewal is possible.').waitFor();
    await page.locator('.alert').getByRole('link', { name: 'Leon Phone-Only' }).waitFor();
    // The reminder's message becomes sent, on the page, by itself.
    const majaRow = row('Maja Email-Family');
    await majaRow.getByText('Sent by staff').waitFor();
    await majaRow.getByText('Sent', { exact: true }).waitFor({ timeout: 15_000 });
    const [reminder] = (await smtp.waitFor(before + 1)).slice(before);
    expect(reminder!.to).toMatchObject({ text: 'maja.family@family.test' });
    expect(reminder!.subject).toMatch(/^Maja, your card runs out on/);
    expect(`${reminder!.text}`).not.toContain('Email-Family');
    expect(await row('Omar Nearly-Eighteen').getByText('Not sent').count()).toBe(0);

    // Again: never a second reminder, and still none for Omar.
    await page.getByRole('button', { name: 'Done' }).click();
    await send();
    await dialog.getByText('1 young carer already reminded').waitFor();
    await dialog.getByRole('button', { name: 'Send reminders' }).click();
    await page.getByText('No new reminders sent').waitFor();
    await page.getByText('1 already reminded: a card gets one reminder, never a second.').waitFor();
    expect(smtp.received.length).toBe(before + 1);

    // Staff see the automatic setting but cannot change it.
    await page.getByText(/^Off: staff send reminders from this page/).waitFor();
    expect(await page.getByRole('button', { name: 'Save reminder settings' }).count()).toBe(0);
    await context.close();

    // An admin turns automatic reminders on, 14 days before expiry, and off again.
    const adminContext = await newContext();
    const admin = await adminContext.newPage();
    await signInInBrowser(admin, server.url, ADMIN);
    await admin.goto(`${server.url}/renewals`);
    const automatic = admin.getByRole('checkbox', { name: /Send renewal reminders automatically/ });
    expect(await automatic.isChecked()).toBe(false);
    await automatic.check();
    await admin.getByLabel('Days before expiry').fill('0');
    await admin.getByRole('button', { name: 'Save reminder settings' }).click();
    await admin.locator('.field__error', { hasText: 'Enter a whole number of days from 1 to 90.' }).waitFor();
    await admin.getByLabel('Days before expiry').fill('14');
    await admin.getByRole('button', { name: 'Save reminder settings' }).click();
    await admin.getByText('Automatic reminders are on, 14 days before expiry.').waitFor();
    expect((await api<{ settings: { automatic: boolean; daysBefore: number } }>('GET', '/api/settings/reminders')).settings).toEqual({ automatic: true, daysBefore: 14 });
    await admin.reload();
    await expect.poll(() => admin.getByRole('checkbox', { name: /Send renewal reminders automatically/ }).isChecked()).toBe(true);
    await admin.getByRole('checkbox', { name: /Send renewal reminders automatically/ }).uncheck();
    await admin.getByRole('button', { name: 'Save reminder settings' }).click();
    await admin.getByText('Automatic reminders are off.').waitFor();
    expect((await api<{ settings: { automatic: boolean } }>('GET', '/api/settings/reminders')).settings.automatic).toBe(false);
    await adminContext.close();
  });});
