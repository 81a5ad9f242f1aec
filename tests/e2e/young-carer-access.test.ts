import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeQrCodes, pdfPages, pdfText } from '../support/pdf-tools.ts';
import { launchChromium, startServer, type RunningServer } from '../support/server-process.ts';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp-server.ts';
import { apiToken, callApi, chooseConsent, createStaffMember, fillDate, issueCard, issueCardInBrowser, signInInBrowser } from './staff-session.ts';

const ADMIN = { email: 'coordinator@carers.test', password: 'kettle on the windowsill' };
const STAFF = { email: 'worker@carers.test', password: 'seven blue herons waiting', name: 'Robin Worker' };
const ORGANISATION = { ORGANISATION_NAME: 'Riverside Carers', ORGANISATION_HELPLINE: '0800 111 2222' };

type Card = { id: string; number: string; status: string; statusReason: string | null };

/** The young carer's own side, as their phone calls it: open an invitation, then use the device cookie it sets. */
async function signInAsYoungCarer(baseUrl: string, code: string, dateOfBirth: string): Promise<{ status: number; cookie: string | null; code?: string }> {
  const response = await fetch(`${baseUrl}/api/my/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code, dateOfBirth }),
  });
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('yc_device='))?.split(';')[0] ?? null;
  const body = (await response.json()) as { error?: { code: string } };
  return { status: response.status, cookie, ...(body.error ? { code: body.error.code } : {}) };
}

const asYoungCarer = (baseUrl: string, method: string, path: string, cookie: string) => fetch(`${baseUrl}${path}`, { method, headers: { cookie } });

/** Every text input's value on the page, with its label: where the code and link are shown. */
const fieldValue = (page: Page, label: string) => page.getByLabel(label, { exact: true }).inputValue();

describe("young carers' own access in the web app, with email set up", () => {
  let smtp: TestSmtpServer;
  let server: RunningServer;
  let browser: Browser;
  let adminToken: string;
  const api = <T,>(method: string, path: string, body?: unknown) => callApi<T>(server.url, adminToken, method, path, body);
  // In UTC, as the API counts days, so "11 days left" is the same wherever the test runs.
  const newContext = (): Promise<BrowserContext> =>
    browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'], locale: 'en-GB', timezoneId: 'UTC' });

  beforeAll(async () => {
    smtp = await startSmtpServer();
    server = await startServer({
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      SMTP_URL: smtp.url,
      OUTBOX_POLL_MS: '200',
      INVITATION_MAX_ATTEMPTS: '2',
      ...ORGANISATION,
    });
    browser = await launchChromium();
    adminToken = await apiToken(server.url, ADMIN);
    await createStaffMember(server.url, adminToken, STAFF);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await smtp?.close();
  });

  it('staff send a card by email and as a printed slip, withdraw an invitation, sign a phone out, and resume a card the young carer froze', async () => {
    const context = await newContext();
    const page = await context.newPage();
    const crashes: string[] = [];
    page.on('pageerror', (error) => crashes.push(error.message));
    await signInInBrowser(page, server.url, STAFF);

    // Register a young carer with a contact email, and issue a card.
    await page.goto(`${server.url}/holders/new`);
    await page.getByLabel('Given name').fill('Zofia');
    await page.getByLabel('Family name').fill('Kowalczyk');
    await page.getByLabel('Preferred name').fill('Zosia');
    await fillDate(page, 'Date of birth', '2012-03-09');
    await page.getByLabel('Contact email').fill('parent@family.test');
    await chooseConsent(page);
    await page.getByRole('button', { name: 'Register young carer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Zofia Kowalczyk' }).waitFor();
    const holderId = new URL(page.url()).pathname.split('/').pop()!;
    await issueCardInBrowser(page);
    await page.getByText('Card issued.').waitFor();
    const cardId = new URL(page.url()).pathname.split('/').pop()!;
    await page.getByRole('link', { name: 'Zofia Kowalczyk' }).click();
    await page.getByRole('heading', { level: 1, name: 'Zofia Kowalczyk' }).waitFor();

    // Send card → Email: the code and link, once, and where the email is.
    const how = page.getByRole('group', { name: 'How should it reach them?' });
    const byEmail = how.getByRole('radio', { name: 'Email to parent@family.test' });
    await expect.poll(() => byEmail.isChecked()).toBe(true);
    const before = smtp.received.length;
    await page.getByRole('button', { name: 'Send card' }).click();
    await page.getByRole('heading', { name: 'Email on its way to parent@family.test' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('sent-invitation'))).toBe(true);
    const emailCode = await fieldValue(page, 'Code');
    const emailLink = await fieldValue(page, 'Link');
    expect(emailCode).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    expect(emailLink).toBe(`${server.url}/my#code=${emailCode}`);
    await page.getByRole('button', { name: 'Copy code' }).click();
    await page.getByText('Code copied.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(emailCode);

    // The outbox shows it become sent, by itself; the mail server got the link, and no family name.
    await page.getByRole('navigation').getByRole('link', { name: 'Outbox', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Outbox' }).waitFor();
    const emailRow = page.getByRole('row').filter({ hasText: 'parent@family.test' });
    await emailRow.getByText('Sent', { exact: true }).waitFor({ timeout: 15_000 });
    expect(await page.getByText('Email is not set up on this server').count()).toBe(0);
    const [mail] = (await smtp.waitFor(before + 1)).slice(before);
    expect(mail!.to).toMatchObject({ text: 'parent@family.test' });
    expect(mail!.text).toContain(emailLink);
    expect(mail!.text).toContain('0800 111 2222');
    for (const secret of ['Kowalczyk', 'Zofia', '2012-03-09', '9 Mar 2012', '09/03/2012']) expect(`${mail!.subject} ${mail!.text} ${mail!.html}`).not.toContain(secret);
    await emailRow.getByRole('link', { name: /Zosia, your card from Riverside Carers/ }).click();
    // Sent: the stored message keeps the code no longer, and the page says why.
    const sentText = await page.getByLabel('Text', { exact: true }).inputValue();
    expect(sentText).not.toContain(emailCode);
    expect(sentText).toContain('•••••-•••••');
    await page.getByText(/The code is shown as dots: only the staff member who sent this invitation sees it/).waitFor();
    expect(await page.getByRole('button', { name: 'Mark as passed on' }).count()).toBe(0);

    // Send card → Printed slip: first name, link, code, date of birth needed, last day, helpline; no family name, no date of birth.
    await page.getByRole('link', { name: 'Open their record' }).click();
    await page.getByRole('group', { name: 'How should it reach them?' }).getByRole('radio', { name: /^Printed slip/ }).check();
    await page.getByRole('button', { name: 'Send card' }).click();
    await page.getByRole('heading', { name: 'Slip ready to print for Zosia' }).waitFor();
    const slipCode = await fieldValue(page, 'Code');
    const slipLink = await fieldValue(page, 'Link');
    expect(slipCode).not.toBe(emailCode);
    const slip = page.getByRole('article', { name: 'Printed slip' });
    const slipText = await slip.innerText();
    for (const expected of ['Zosia', slipLink, slipCode, 'You’ll need your date of birth', 'Riverside Carers', '0800 111 2222']) {
      expect(slipText).toContain(expected);
    }
    for (const secret of ['Kowalczyk', 'Zofia', '2012-03-09', '9 Mar 2012', '09/03/2012', 'parent@family.test']) expect(slipText).not.toContain(secret);
    await slip.getByRole('img', { name: 'QR code that opens the link' }).waitFor();

    // Printed, the page is the slip alone, on one page; its QR code opens the link.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print slip' }).isVisible()).toBe(false);
    expect(await slip.isVisible()).toBe(true);
    const printed = await page.pdf({ format: 'A4', printBackground: true });
    await page.emulateMedia({ media: 'screen' });
    expect(pdfPages(printed).count).toBe(1);
    const printedText = pdfText(printed).replace(/\s+/g, ' ');
    expect(printedText).toContain(slipCode);
    expect(printedText).toContain('date of birth');
    expect(printedText).not.toMatch(/Kowalczyk|Zofia|Robin Worker|Sign out|Withdraw/);
    expect(decodeQrCodes(printed, 1)).toEqual([slipLink]);
    await page.getByRole('button', { name: 'Done' }).click();

    // Both invitations are listed, by whom; withdraw the slip's: its code stops working.
    const invitations = page.getByRole('table', { name: 'Invitations sent' });
    await expect.poll(() => invitations.getByRole('row').count()).toBe(3);
    expect(await invitations.getByText(`by ${STAFF.email}`).count()).toBe(2);
    const slipRow = invitations.getByRole('row').filter({ hasText: 'Printed slip' });
    await slipRow.getByRole('button', { name: /^Withdraw/ }).click();
    await page.getByRole('dialog', { name: 'Withdraw this invitation?' }).getByRole('button', { name: 'Withdraw' }).click();
    await page.getByText('Invitation withdrawn. Its link and code no longer work.').waitFor();
    await slipRow.getByText('Withdrawn', { exact: true }).waitFor();
    expect(await slipRow.getByRole('button', { name: /^Withdraw/ }).count()).toBe(0);
    expect((await signInAsYoungCarer(server.url, slipCode, '2012-03-09')).code).toBe('INVITATION_INVALID');

    // The young carer opens the emailed one on their phone and freezes the card ("I've lost my card").
    const phone = await signInAsYoungCarer(server.url, emailCode, '2012-03-09');
    expect(phone.status).toBe(200);
    expect((await asYoungCarer(server.url, 'POST', '/api/my/card/lost', phone.cookie!)).status).toBe(200);

    await page.reload();
    await page.getByText('Reported lost by the young carer on').waitFor();
    const frozen = page.locator('.reported-lost');
    expect(await frozen.innerText()).toMatch(/resume it if it turns up, or reissue a new card/);
    await page.getByRole('table', { name: 'Cards, newest first' }).getByText('Suspended: reported lost by the young carer, from their phone').waitFor();
    await invitations.getByRole('row').filter({ hasText: 'Email' }).getByText('Once', { exact: true }).waitFor();

    // The card page says so too, and "needs attention" lists it.
    await page.goto(`${server.url}/cards/${cardId}`);
    await page.getByText('Reported lost by the young carer on').waitFor();
    await page.getByText('Reported lost by the young carer, from their phone').waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Home', exact: true }).click();
    const attention = page.getByRole('region', { name: 'Needs attention' });
    await attention.getByText('1 card reported lost').waitFor();
    await attention.getByRole('link', { name: 'Zofia Kowalczyk' }).click();

    // The phone signed in is listed; staff sign it out, and it can no longer open the card.
    const phones = page.getByRole('table', { name: 'Phones signed in' });
    const phoneRow = phones.getByRole('row').filter({ hasText: 'Signed in' }).last();
    await phoneRow.getByRole('button', { name: /^Sign out this phone/ }).click();
    await page.getByRole('dialog', { name: 'Sign out this phone?' }).getByRole('button', { name: 'Sign out phone' }).click();
    await page.getByText('Phone signed out.').waitFor();
    await phones.getByText('Signed out', { exact: true }).waitFor();
    expect((await asYoungCarer(server.url, 'GET', '/api/my/card', phone.cookie!)).status).toBe(401);

    // It turned up: resume it from the notice.
    await frozen.getByRole('button', { name: 'Resume card' }).click();
    await page.getByRole('dialog', { name: 'Resume this card?' }).getByRole('button', { name: 'Confirm' }).click();
    await page.getByText('Card resumed. It shows as valid again.').waitFor();
    await expect.poll(() => frozen.count()).toBe(0);
    expect((await api<{ card: Card }>('GET', `/api/cards/${cardId}`)).card).toMatchObject({ status: 'active', statusReason: null });
    await page.getByRole('navigation').getByRole('link', { name: 'Home', exact: true }).click();
    await attention.waitFor();
    await expect.poll(() => attention.getByText(/reported lost/).count()).toBe(0);

    // History names what happened, and who.
    await page.goto(`${server.url}/holders/${holderId}`);
    const history = page.getByRole('table', { name: /History of Zofia Kowalczyk/ });
    await history.getByRole('row').filter({ hasText: /^.*The young carer \(their phone\) reported card YC-\S+ \(Zofia Kowalczyk\) lost/ }).waitFor();
    await history.getByRole('row').filter({ hasText: `${STAFF.name} withdrew the card invitation of Zofia Kowalczyk` }).waitFor();
    expect(crashes).toEqual([]);
    await context.close();
  });

  it('a locked invitation needs attention until it is withdrawn; a young carer without email can only get a slip', async () => {
    const { holder } = await api<{ holder: { id: string } }>('POST', '/api/holders', {
      givenName: 'Amir',
      familyName: 'Hussain-Locked',
      dateOfBirth: '2011-05-20',
      contactPhone: '0115 000 0000',
      consentBy: 'parent',
      consentAt: new Date().toISOString(),
      consentMethod: 'verbal',
    });
    const card = await issueCard(server.url, adminToken, holder.id);
    const { code } = await api<{ code: string }>('POST', `/api/cards/${card.id}/invitations`, { channel: 'print' });
    expect((await signInAsYoungCarer(server.url, code, '2011-05-21')).code).toBe('DATE_OF_BIRTH_MISMATCH');
    expect((await signInAsYoungCarer(server.url, code, '2011-05-22')).code).toBe('INVITATION_LOCKED');

    const context = await newContext();
    const page = await context.newPage();
    await signInInBrowser(page, server.url, STAFF);
    const attention = page.getByRole('region', { name: 'Needs attention' });
    await attention.getByText('1 locked invitation').waitFor();
    // The printed slip waits for staff to hand it over.
    await attention.getByRole('link', { name: /waiting for staff/ }).waitFor();
    await attention.getByRole('link', { name: /Open the young carer’s record/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Amir Hussain-Locked' }).waitFor();

    // No contact email: email is offered, switched off, and says why.
    const how = page.getByRole('group', { name: 'How should it reach them?' });
    expect(await how.getByRole('radio', { name: /^Email/ }).isDisabled()).toBe(true);
    await how.getByText('They have no contact email.').waitFor();
    expect(await how.getByRole('radio', { name: /^Printed slip/ }).isChecked()).toBe(true);

    const row = page.getByRole('table', { name: 'Invitations sent' }).getByRole('row').filter({ hasText: 'Printed slip' });
    await row.getByText('Locked', { exact: true }).waitFor();
    await row.getByRole('cell', { name: '2', exact: true }).waitFor();
    await row.getByRole('button', { name: /^Withdraw/ }).click();
    await page.getByRole('dialog', { name: 'Withdraw this invitation?' }).getByRole('button', { name: 'Withdraw' }).click();
    await row.getByText('Withdrawn', { exact: true }).waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Home', exact: true }).click();
    await attention.getByRole('link', { name: /waiting for staff/ }).waitFor();
    await expect.poll(() => attention.getByText(/locked invitation/).count()).toBe(0);
    await context.close();
  });

  it('the outbox shows why an email is waiting and when it is tried next, and shows it become sent without a reload', { timeout: 90_000 }, async () => {
    const { holder } = await api<{ holder: { id: string } }>('POST', '/api/holders', {
      givenName: 'Nina',
      familyName: 'Retry',
      dateOfBirth: '2012-07-01',
      contactEmail: 'nina.family@family.test',
      consentBy: 'parent',
      consentAt: new Date().toISOString(),
      consentMethod: 'written',
    });
    const card = await issueCard(server.url, adminToken, holder.id);
    const context = await newContext();
    const page = await context.newPage();
    await signInInBrowser(page, server.url, STAFF);
    smtp.failWith(451);
    try {
      await api('POST', `/api/cards/${card.id}/invitations`, { channel: 'email' });
      await page.goto(`${server.url}/outbox`);
      const row = page.getByRole('row').filter({ hasText: 'nina.family@family.test' });
      await row.getByText(/^Last try: .*451/).waitFor({ timeout: 15_000 });
      await row.getByText('Queued', { exact: true }).waitFor();
      await row.getByText(/^Next try at /).waitFor();
      await page.getByText('A message is on its way: this list updates by itself.').waitFor();
      // The mail server recovers: the retry (30 s after the first try) sends it, and the list follows.
      smtp.failWith(null);
      await row.getByText('Sent', { exact: true }).waitFor({ timeout: 60_000 });
      expect(await row.getByText(/Last try/).count()).toBe(0);
    } finally {
      smtp.failWith(null);
      await context.close();
    }
  });
});

describe("young carers' own access in the web app, without email set up", () => {
  let server: RunningServer;
  let browser: Browser;
  let adminToken: string;
  beforeAll(async () => {
    server = await startServer({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, ...ORGANISATION });
    browser = await launchChromium();
    adminToken = await apiToken(server.url, ADMIN);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the invitation email waits in the outbox, which says email is not set up; staff copy it and mark it as passed on', async () => {
    const { holder } = await callApi<{ holder: { id: string } }>(server.url, adminToken, 'POST', '/api/holders', {
      givenName: 'Ola',
      familyName: 'No-Smtp',
      dateOfBirth: '2013-01-15',
      contactEmail: 'ola.family@family.test',
      consentBy: 'parent',
      consentAt: new Date().toISOString(),
      consentMethod: 'written',
    });
    await issueCard(server.url, adminToken, holder.id);
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'], locale: 'en-GB', timezoneId: 'UTC' });
    const page = await context.newPage();
    await signInInBrowser(page, server.url, ADMIN);
    await page.goto(`${server.url}/holders/${holder.id}`);
    // Without email set up, a printed slip is the default; email stays possible, and says it will only wait.
    const channel = page.getByRole('group', { name: 'How should it reach them?' });
    await expect.poll(() => channel.getByRole('radio', { name: /^Printed slip/ }).isChecked()).toBe(true);
    await channel.getByText('Email is not set up on this server: it would wait in the outbox').waitFor();
    await channel.getByRole('radio', { name: /^Email to/ }).check();
    await page.getByRole('button', { name: 'Send card' }).click();
    await page.getByRole('heading', { name: 'Email waiting in the outbox' }).waitFor();
    await page.getByText('Email is not set up on this server, so nothing has been sent yet.').waitFor();
    const code = await fieldValue(page, 'Code');

    await page.getByRole('link', { name: 'the message in the outbox' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ola, your card from Riverside Carers' }).waitFor();
    expect(await page.getByLabel('To', { exact: true }).inputValue()).toBe('ola.family@family.test');
    await page.getByRole('button', { name: 'Copy text' }).click();
    await page.getByText('Text copied.').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(code);
    expect(copied).not.toContain('No-Smtp');

    // Sending it again could only fail, so it is not offered.
    await page.getByRole('button', { name: 'Mark as passed on' }).waitFor();
    expect(await page.getByRole('button', { name: 'Send again' }).count()).toBe(0);

    await page.getByRole('link', { name: 'All messages' }).click();
    await page.getByText('Email is not set up on this server').first().waitFor();
    await page.getByText('SMTP_URL', { exact: true }).waitFor();
    const row = page.getByRole('row').filter({ hasText: 'ola.family@family.test' });
    await row.getByText('Waiting for staff', { exact: true }).waitFor();
    await page.getByLabel('Status').selectOption('manual');
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await page.getByRole('heading', { name: 'Waiting for staff' }).waitFor();
    expect(new URL(page.url()).search).toBe('?status=manual');

    await row.getByRole('link', { name: /Ola, your card/ }).click();
    await page.getByRole('button', { name: 'Mark as passed on' }).click();
    await page.getByRole('dialog', { name: 'Mark as passed on?' }).getByRole('button', { name: 'Mark as passed on' }).click();
    await page.getByText('Marked as passed on.').waitFor();
    await page.locator('.badge', { hasText: /^Passed on$/ }).waitFor();
    expect(await page.getByRole('button', { name: 'Mark as passed on' }).count()).toBe(0);
    await page.getByRole('navigation').getByRole('link', { name: 'Home', exact: true }).click();
    await page.getByRole('region', { name: 'Needs attention' }).getByText('Nothing needs attention right now.').waitFor();
    await context.close();
  });
});
