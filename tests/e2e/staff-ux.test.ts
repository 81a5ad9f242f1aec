import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startServer, type RunningServer } from '../support/server-process.ts';
import { accessibilityProblems, tampered } from './public-app-support.ts';
import { apiToken, callApi, chooseConsent, fillDate, issueCard, signInInBrowser } from './staff-session.ts';

const ADMIN = { email: 'coordinator@carers.test', password: 'kettle on the windowsill' };

/** The developer wording of the API's schema checks, which must never reach a page. */
const SCHEMA_WORDING = /must match|must be |must have|body field|querystring|is required|maxAge|minAge|format "/;

/** The error shown on a field: the text its input points to with aria-describedby, once it is marked invalid. */
async function fieldError(input: Locator): Promise<string> {
  await expect.poll(() => input.getAttribute('aria-invalid')).toBe('true');
  const ids = ((await input.getAttribute('aria-describedby')) ?? '').split(' ').filter((id) => id.endsWith('-error'));
  expect(ids).toHaveLength(1);
  return (await input.page().locator(`[id="${ids[0]}"]`).textContent()) ?? '';
}

/** A date of birth `years` years and `days` days before today (UTC). */
function bornAgo(years: number, days = 0): string {
  const now = new Date();
  const date = new Date(Date.UTC(now.getUTCFullYear() - years, now.getUTCMonth(), now.getUTCDate() - days));
  return date.toISOString().slice(0, 10);
}

describe('a fresh install, as staff who had no training find it', () => {
  let server: RunningServer;
  let browser: Browser;
  let admin: string;

  beforeAll(async () => {
    // No ORGANISATION_NAME, no ORGANISATION_HELPLINE, no SMTP_URL: what a fresh install has.
    server = await startServer({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password });
    browser = await launchChromium();
    admin = await apiToken(server.url, ADMIN);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const register = (givenName: string, dateOfBirth: string) =>
    callApi<{ holder: { id: string } }>(server.url, admin, 'POST', '/api/holders', {
      givenName,
      familyName: 'Tester',
      dateOfBirth,
      consentBy: 'parent',
      consentAt: new Date().toISOString(),
      consentMethod: 'written',
    });

  async function signedIn(): Promise<Page> {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInInBrowser(page, server.url, ADMIN);
    return page;
  }

  it('lists what is left to set up on the home page, and warns on issuing, printing and sending until the helpline is set', async () => {
    const page = await signedIn();
    const checklist = page.getByRole('region', { name: 'Get the service ready' });
    await checklist.waitFor();
    const task = (name: string) => checklist.getByRole('listitem').filter({ hasText: name });
    for (const name of ['Organisation name', 'Helpline number', 'Logo and colours', 'First partner', 'First card']) {
      expect(await task(name).innerText()).toContain('Not yet started');
    }
    expect(await task('Email').innerText()).toContain('Not set up (optional)');
    expect(await accessibilityProblems(page)).toEqual([]);

    const { holder } = await register('Ada', bornAgo(12));
    await page.goto(`${server.url}/holders/${holder.id}`);
    const warnings = page.getByRole('status').filter({ hasText: 'No helpline number is set' });
    // Once over issuing, once over sending it to their phone.
    await warnings.nth(1).waitFor();
    expect(await warnings.count()).toBe(2);
    expect(await warnings.first().innerText()).toContain('has no number to call');
    await page.goto(`${server.url}/cards`);
    await page.getByText('Cards printed now show no phone number').waitFor();

    // A shopkeeper told NOT VALID is not sent to a helpline the card does not print.
    const other = await register('Bo', bornAgo(12));
    const { token } = (await issueCard(server.url, admin, other.holder.id)) as unknown as { token: string };
    const shop = await browser.newPage();
    await shop.goto(`${server.url}/v#${tampered(token)}`);
    await shop.getByText('Do not give the benefit.').waitFor();
    const answer = await shop.locator('main').innerText();
    expect(answer).toContain('they can contact Young Carers Service.');
    expect(answer).not.toContain('printed on the back');
    await shop.close();

    // The helpline is set: its task is done, and the warnings go.
    await callApi(server.url, admin, 'PUT', '/api/settings/branding', { helpline: '0115 496 0123', organisationName: 'Young Carers Notts' });
    await page.goto(`${server.url}/`);
    await checklist.waitFor();
    expect(await task('Helpline number').innerText()).toContain('Completed');
    expect(await task('Organisation name').innerText()).toContain('Completed');
    expect(await task('First partner').innerText()).toContain('Not yet started');
    await page.goto(`${server.url}/holders/${holder.id}`);
    await page.getByRole('button', { name: 'Issue card' }).waitFor();
    expect(await page.getByText('No helpline number is set').count()).toBe(0);
    await page.context().close();
  });

  it('/my takes a code link opened while it is already open, and says that freezing stops the phone card too, with the helpline', async () => {
    const { holder } = await register('Eli', '2013-01-15');
    const card = await issueCard(server.url, admin, holder.id);
    const invite = async () => (await callApi<{ link: string }>(server.url, admin, 'POST', `/api/cards/${card.id}/invitations`, { channel: 'print' })).link;
    const [first, second] = [await invite(), await invite()];
    const codeOf = (link: string) => new URLSearchParams(new URL(link).hash.slice(1)).get('code')!;
    const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
    const phone = await context.newPage();
    await phone.goto(`${server.url}/my`);
    await phone.getByRole('heading', { name: 'Open your card' }).waitFor();
    // The link opened in the same tab changes only the fragment: no page load.
    await phone.goto(first);
    await phone.getByRole('heading', { name: 'Confirm it is you' }).waitFor();
    expect(await phone.getByLabel('Your code').inputValue()).toBe(codeOf(first));
    expect(new URL(phone.url()).hash).toBe('');
    await phone.getByLabel('Day').fill('15');
    await phone.getByLabel('Month').selectOption({ label: 'January' });
    await phone.getByLabel('Year').fill('2013');
    await phone.getByRole('button', { name: 'Show my card' }).click();
    await phone.getByRole('heading', { name: 'Eli' }).waitFor();

    await phone.getByRole('button', { name: "I've lost my card" }).click();
    const dialog = phone.getByRole('dialog', { name: 'Freeze your card?' });
    const said = await dialog.innerText();
    expect(said).toContain('This freezes your plastic card and the card on this phone.');
    expect(said).toContain('0115 496 0123');
    expect(said).toContain('Lost only the plastic card');
    await dialog.getByRole('button', { name: 'No, keep it' }).click();

    // A second link, opened while the card is showing, is read too.
    await phone.goto(second);
    await phone.getByRole('heading', { name: 'Confirm it is you' }).waitFor();
    expect(await phone.getByLabel('Your code').inputValue()).toBe(codeOf(second));
    expect(await accessibilityProblems(phone)).toEqual([]);
    await context.close();
  });

  it('never preselects consent, and says what the API refused in words, beside the field', async () => {
    const page = await signedIn();
    await page.goto(`${server.url}/holders/new`);
    await page.getByLabel('Given name').fill('Lena');
    await page.getByLabel('Family name').fill('Nowak');
    await fillDate(page, 'Date of birth', '2013-05-17');
    expect(await page.getByRole('group', { name: 'Consent given by' }).getByRole('radio', { checked: true }).count()).toBe(0);
    expect(await page.getByRole('group', { name: 'How consent was given' }).getByRole('radio', { checked: true }).count()).toBe(0);
    await page.getByRole('button', { name: 'Register young carer' }).click();
    // Beside each question (the error summary above says it too).
    await page.locator('.field__error').filter({ hasText: 'Choose who gave consent.' }).waitFor();
    await page.locator('.field__error').filter({ hasText: 'Choose how consent was given.' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/holders/new');

    // alex@charity passes the browser's own check; the form (the API's schema: a dot in the domain) refuses it, and so
    // does the API (tests/api/holders.test.ts): the sentence is ours, never the schema's.
    await page.getByLabel('Contact email').fill('alex@charity');
    await chooseConsent(page);
    await page.getByRole('button', { name: 'Register young carer' }).click();
    const emailError = await fieldError(page.getByLabel('Contact email'));
    expect(emailError).toContain('Enter an email address in the correct format, like name@example.com');
    expect(await page.locator('main').innerText()).not.toMatch(SCHEMA_WORDING);

    await page.goto(`${server.url}/staff`);
    await page.getByLabel('Name', { exact: true }).fill('Alex Worker');
    await page.getByLabel('Email').fill('alex@charity');
    await page.getByRole('button', { name: 'Add staff member' }).click();
    expect(await fieldError(page.getByLabel('Email'))).toContain('Enter an email address in the correct format');
    expect(await page.locator('main').innerText()).not.toMatch(SCHEMA_WORDING);
    await page.context().close();
  });

  it('completes a website typed without https://, and saves a benefit with only a youngest age', async () => {
    const page = await signedIn();
    await page.goto(`${server.url}/partners/new`);
    await page.getByLabel('Name', { exact: true }).fill('Riverside Pool');
    await page.getByLabel('Category').selectOption('leisure');
    await page.getByLabel('Website').fill('www.riverside-pool.example.org');
    await page.getByRole('button', { name: 'Add partner' }).click();
    await page.getByRole('heading', { level: 1, name: 'Riverside Pool' }).waitFor();
    const partnerId = new URL(page.url()).pathname.split('/').pop()!;
    const { partner } = await callApi<{ partner: { website: string } }>(server.url, admin, 'GET', `/api/partners/${partnerId}`);
    expect(partner.website).toBe('https://www.riverside-pool.example.org');

    await page.getByRole('button', { name: 'Add a benefit' }).click();
    await page.getByLabel('Title').fill('Free swim');
    await page.getByLabel('Youngest age').selectOption('12');
    await page.getByRole('button', { name: 'Add benefit' }).click();
    await page.getByText('“Free swim” added.').waitFor();
    const { items } = await callApi<{ items: { title: string; minAge: number | null; maxAge: number | null }[] }>(
      server.url,
      admin,
      'GET',
      `/api/benefits?partnerId=${partnerId}`,
    );
    expect(items).toEqual([expect.objectContaining({ title: 'Free swim', minAge: 12, maxAge: null })]);
    await page.context().close();
  });

  it('shows the expiry and why before issuing, warns when the card is short, and tells staff at once when someone is too old', async () => {
    const page = await signedIn();
    // 18 in about 40 days: the card ends at the end of the month before that birthday.
    const nearly18 = await register('Bea', bornAgo(18, -40));
    await page.goto(`${server.url}/holders/${nearly18.holder.id}`);
    await page.getByRole('button', { name: 'Issue card' }).click();
    const check = page.getByRole('region', { name: 'Check before you issue the card' });
    await check.waitFor();
    // The cursor moves to the check, for keyboard and screen reader users.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Check before you issue the card');
    const checkText = await check.innerText();
    expect(checkText).toMatch(/This card lasts only \d+ days/);
    expect(checkText).toContain('so it ends in the month before they turn 18');
    expect(checkText).toMatch(/Valid until\s+\d{1,2} \w{3} \d{4}/);
    expect(await accessibilityProblems(page)).toEqual([]);
    await check.getByRole('button', { name: 'Issue card' }).click();
    await page.getByText(/Card issued\. It is valid until \d{1,2} \w{3} \d{4}\./).waitFor();
    // The print panel says how to print it at card size.
    await page.getByText('choose 100% (“Actual size”), not “Fit to page”').waitFor();
    // Renewing says the new last day, and that here it gains nothing (the age limit holds it).
    await page.getByRole('button', { name: 'Renew card' }).click();
    const renew = page.getByRole('dialog', { name: 'Renew this card?' });
    const renewText = await renew.innerText();
    expect(renewText).toMatch(/gets a new card, valid until \d{1,2} \w{3} \d{4}\./);
    expect(renewText).toContain('Renewing now gains nothing');
    expect(renewText).toContain('This card is revoked at once');
    await renew.getByRole('button', { name: 'Cancel' }).click();

    // A 12-year-old's card runs its full period, with no warning.
    const young = await register('Cai', bornAgo(12));
    await page.goto(`${server.url}/holders/${young.holder.id}`);
    await page.getByRole('button', { name: 'Issue card' }).click();
    await check.waitFor();
    expect(await check.innerText()).toContain('Cards last 12 months.');
    expect(await check.getByText(/lasts only/).count()).toBe(0);
    // Change goes back to the layout choice and issues nothing.
    await check.getByRole('button', { name: 'Change' }).click();
    await page.getByRole('button', { name: 'Issue card' }).waitFor();
    expect((await callApi<{ holder: { cards: unknown[] } }>(server.url, admin, 'GET', `/api/holders/${young.holder.id}`)).holder.cards).toEqual([]);

    const tooOld = await register('Dev', bornAgo(21));
    await page.goto(`${server.url}/holders/${tooOld.holder.id}`);
    await page.getByText('They are too old for a card').waitFor();
    expect(await page.getByRole('button', { name: 'Issue card' }).count()).toBe(0);
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.context().close();
  });
});
