import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startServer, type RunningServer } from '../support/server-process.ts';
import {
  accessibilityProblems,
  addPartner,
  ADMIN,
  collectConsoleErrors,
  expiredTwin,
  issueCardFor,
  ORGANISATION,
  revokeCard,
  serverEnv,
  tampered,
  testSigningKey,
  type IssuedCard,
  type Partner,
} from './public-app-support.ts';
import { apiToken } from './staff-session.ts';

describe('the public verify page, the benefits directory and the partner guide', () => {
  const key = testSigningKey();
  let server: RunningServer;
  let browser: Browser;
  let admin: string;
  let card: IssuedCard;
  let pool: Partner;
  beforeAll(async () => {
    server = await startServer(serverEnv(key));
    browser = await launchChromium();
    admin = await apiToken(server.url, ADMIN);
    // Listed by name: Corner Café before Riverside Pool, unless the pool asks.
    await addPartner(server.url, admin, 'Corner Café', { title: '10% off hot drinks', conditions: 'Not with other offers' });
    pool = await addPartner(server.url, admin, 'Riverside Pool', { title: 'Free swim', partnerNote: 'Let them in at the side gate' });
    card = await issueCardFor(server.url, admin, 'Zosia');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** A phone of its own: its storage (partner link) is not shared with the other tests. */
  async function phone(viewport = { width: 375, height: 740 }): Promise<{ context: BrowserContext; page: Page; errors: string[]; requests: Request[] }> {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    const requests: Request[] = [];
    page.on('request', (request) => requests.push(request));
    return { context, page, errors: collectConsoleErrors(page), requests };
  }
  const result = (page: Page) => page.getByRole('heading', { level: 1 });
  const benefitTitles = (page: Page) => page.locator('.benefit__title').evaluateAll((nodes) => nodes.map((n) => n.firstChild?.textContent ?? ''));

  it('shows a scanned card as VALID with the first name, expiry and benefits, and takes the token out of the address', async () => {
    const { context, page, errors, requests } = await phone();
    await page.goto(`${server.url}/v#${card.token}`);
    await expect.poll(() => result(page).innerText()).toBe('VALID');
    await expect.poll(() => page.getByRole('status').first().innerText()).toContain('Valid card. Zosia.');
    expect(await page.locator('.result__name').innerText()).toContain('Zosia');
    expect(await page.locator('.result__name').innerText()).not.toContain('Testfamily');
    const [year, month, day] = card.expiresOn.split('-').map(Number) as [number, number, number];
    const expiry = new Date(Date.UTC(year, month - 1, day)).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    expect(await page.locator('.result__expiry').innerText()).toBe(`Valid until ${expiry}`);
    expect(await page.getByText(`Card number ${card.number}`).count()).toBe(1);
    expect(await page.locator('.result__checked').innerText()).toMatch(/^Checked at \d\d:\d\d today$/);
    expect(await benefitTitles(page)).toEqual(['10% off hot drinks', 'Free swim']);
    expect(await page.getByText('Conditions: Not with other offers').count()).toBe(1);
    // Partner notes are only for the partner asking.
    expect(await page.getByText('Let them in at the side gate').count()).toBe(0);

    // The token is gone from the address bar and from this history entry.
    expect(page.url()).toBe(`${server.url}/v`);
    expect(await page.evaluate(() => location.hash)).toBe('');
    // It travelled only in the verify request's body, and no request names the page it came from.
    const verifyCalls = requests.filter((r) => r.url().endsWith('/api/v1/verify'));
    expect(verifyCalls.map((r) => [r.method(), JSON.parse(r.postData() ?? '{}')])).toEqual([['POST', { token: card.token }]]);
    for (const request of requests) {
      expect(request.url()).not.toContain(card.token.slice(-20));
      expect(await request.headerValue('referer')).toBeNull();
    }
    expect(await accessibilityProblems(page)).toEqual([]);

    await page.getByRole('button', { name: 'Check another card' }).click();
    await expect.poll(() => result(page).innerText()).toBe('Check a young carer card');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('remembers a partner link: its benefits come first, with its notes, until the partner is forgotten', async () => {
    const { context, page, requests } = await phone();
    await page.goto(`${server.url}/v?p=${pool.verifyCode}`);
    // The shop's phone names the shop it is now set up for, the words its setup sheet tells it to look for.
    await expect.poll(() => page.locator('.partner-notice p').first().innerText()).toBe('Set up for Riverside Pool. Your offers are listed first.');
    expect(page.url()).toBe(`${server.url}/v`);
    expect(await accessibilityProblems(page)).toEqual([]);
    expect(await page.evaluate(() => localStorage.length)).toBe(1);

    // Later, the phone's camera app opens a card's link: the partner goes with the check.
    await page.goto(`${server.url}/v#${card.token}`);
    await expect.poll(() => result(page).innerText()).toBe('VALID');
    expect(await benefitTitles(page)).toEqual(['Free swim', '10% off hot drinks']);
    expect(await page.getByText('Let them in at the side gate').count()).toBe(1);
    expect(await page.locator('.benefit').first().getByText('Your offer').count()).toBe(1);
    const sent = requests.filter((r) => r.url().endsWith('/api/v1/verify')).map((r) => JSON.parse(r.postData() ?? '{}'));
    expect(sent).toEqual([{ token: card.token, partner: pool.verifyCode }]);

    await page.getByRole('button', { name: 'Check another card' }).click();
    // Still the visit that opened the partner link: "Set up for"; a later visit says "Checking for:".
    await expect.poll(() => page.locator('.partner-notice p').first().innerText()).toBe('Set up for Riverside Pool. Your offers are listed first.');
    await page.reload();
    await expect.poll(() => page.locator('.partner-notice p').first().innerText()).toBe('Checking for: Riverside Pool. Your offers are listed first.');
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByRole('button', { name: 'Forget this partner' }).click();
    await expect.poll(() => page.locator('.partner-notice').count()).toBe(0);
    await page.goto(`${server.url}/v#${card.token}`);
    await expect.poll(() => result(page).innerText()).toBe('VALID');
    expect(await benefitTitles(page)).toEqual(['10% off hot drinks', 'Free swim']);
    expect(requests.filter((r) => r.url().endsWith('/api/v1/verify')).map((r) => JSON.parse(r.postData() ?? '{}')).at(-1)).toEqual({ token: card.token });
    await context.close();
  });

  it('checks a card link opened in a page already on /v, and the same link twice', async () => {
    const { context, page } = await phone();
    await page.goto(`${server.url}/v`);
    await page.getByRole('button', { name: 'Scan a card' }).waitFor();
    // Only the fragment changes: the page is not reloaded.
    for (let i = 0; i < 2; i++) {
      await page.goto(`${server.url}/v#${card.token}`);
      await expect.poll(() => result(page).innerText()).toBe('VALID');
      expect(page.url()).toBe(`${server.url}/v`);
      await page.getByRole('button', { name: 'Check another card' }).click();
      await page.getByRole('button', { name: 'Scan a card' }).waitFor();
    }
    await context.close();
  });

  it('checks a typed card number, forgiving case and spaces, and catches a typing slip before asking the API', async () => {
    const { context, page, requests } = await phone();
    await page.goto(`${server.url}/v`);
    const field = page.getByLabel('Card number');
    await field.fill(`  ${card.number.toLowerCase().replaceAll('-', ' ')} `);
    await page.getByRole('button', { name: 'Check card' }).click();
    await expect.poll(() => result(page).innerText()).toBe('VALID');
    expect(requests.filter((r) => r.url().endsWith('/api/v1/verify')).map((r) => JSON.parse(r.postData() ?? '{}'))).toEqual([{ cardNumber: card.number }]);
    await page.getByRole('button', { name: 'Check another card' }).click();

    // One symbol wrong: the check symbol catches it, here, with no call.
    const slip = card.number.slice(0, 4) + (card.number[4] === '7' ? '8' : '7') + card.number.slice(5);
    await page.getByLabel('Card number').fill(slip);
    await page.getByRole('button', { name: 'Check card' }).click();
    await page.getByText(/Check the number: it does not match a card number/).waitFor();
    expect(await page.getByLabel('Card number').getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('cardNumber');
    expect(requests.filter((r) => r.url().endsWith('/api/v1/verify'))).toHaveLength(1);
    expect(await accessibilityProblems(page)).toEqual([]);
    await context.close();
  });

  it('shows a tampered token as NOT VALID, with the charity and its helpline, and nothing else', async () => {
    const { context, page } = await phone();
    await page.goto(`${server.url}/v#${tampered(card.token)}`);
    await expect.poll(() => result(page).innerText()).toBe('NOT VALID');
    const text = await page.locator('main').innerText();
    expect(text).toContain(ORGANISATION.name);
    expect(text).toContain(ORGANISATION.helpline);
    expect(text).not.toContain('Zosia');
    expect(await page.getByRole('link', { name: ORGANISATION.helpline }).getAttribute('href')).toBe('tel:01159628920');
    expect(await accessibilityProblems(page)).toEqual([]);
    await context.close();
  });

  it('shows an expired card as EXPIRED with the name and expiry: ask them to renew', async () => {
    const { context, page } = await phone();
    await page.goto(`${server.url}/v#${await expiredTwin(card.token, key.jwk)}`);
    await expect.poll(() => result(page).innerText()).toBe('EXPIRED');
    expect(await page.getByText('Ask them to renew their card').count()).toBe(1);
    expect(await page.locator('.result__name').innerText()).toContain('Zosia');
    expect(await page.locator('.result__expiry').innerText()).toMatch(/^Expiry date \d{1,2} \w+ \d{4}$/);
    expect(await page.locator('.benefit').count()).toBe(0);
    expect(await accessibilityProblems(page)).toEqual([]);
    await context.close();
  });

  it('shows a revoked card as NOT VALID on the very next check', async () => {
    const revoked = await issueCardFor(server.url, admin, 'Ola');
    const { context, page } = await phone();
    await page.goto(`${server.url}/v#${revoked.token}`);
    await expect.poll(() => result(page).innerText()).toBe('VALID');
    await revokeCard(server.url, admin, revoked.id);
    await page.goto(`${server.url}/v#${revoked.token}`);
    await expect.poll(() => result(page).innerText()).toBe('NOT VALID');
    expect(await page.locator('main').innerText()).not.toContain('Ola');
    await context.close();
  });

  it('lists the benefits directory by category, filterable, readable on a 375 px phone', async () => {
    const { context, page, errors } = await phone();
    await page.goto(`${server.url}/benefits`);
    await page.getByRole('heading', { level: 2, name: 'Leisure and sport' }).waitFor();
    expect(await page.getByRole('heading', { level: 3 }).allInnerTexts()).toEqual(['Corner Café', 'Riverside Pool']);
    expect(await page.getByText('Conditions: Not with other offers').count()).toBe(1);
    expect(await page.getByText('All ages').count()).toBe(2);
    expect(await page.getByText(/^Offers as of \d\d:\d\d today\.$/).count()).toBe(1);
    // No partner notes or contacts in the public directory.
    expect(await page.locator('main').innerText()).not.toContain('side gate');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.getByLabel('Area').selectOption('Mansfield');
    await page.getByLabel('Type of place').selectOption('leisure');
    expect(await page.locator('.directory__count').innerText()).toBe('2 offers from 2 places');
    expect(await accessibilityProblems(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('has a partner guide with what each answer means, the partner link, offline mode and the API', async () => {
    const { context, page, errors } = await phone();
    await page.goto(`${server.url}/partners/guide`);
    await page.getByRole('heading', { level: 1, name: /guide for partners/ }).waitFor();
    const headings = await page.getByRole('heading', { level: 2 }).allInnerTexts();
    expect(headings).toEqual([
      'How to check a card',
      'What the answers mean',
      'Your partner link',
      'No signal: offline checks',
      'Privacy',
      'For till systems and developers',
    ]);
    const text = await page.locator('main').innerText();
    expect(text).toContain('Never ask why the child is a carer');
    expect(text).toContain('revocations as of');
    expect(text).toContain(`curl -s -X POST ${server.url}/api/v1/verify`);
    expect(text).toContain('X-Partner-Key');
    expect(await page.getByRole('link', { name: '/api/docs' }).getAttribute('href')).toBe('/api/docs');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(await accessibilityProblems(page)).toEqual([]);
    // Keyboard: the skip link is the first stop and moves to the content.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is a separate, small app: the public pages never load the staff bundle', async () => {
    const { context, page, requests } = await phone();
    await page.goto(`${server.url}/v`);
    await page.getByRole('button', { name: 'Scan a card' }).waitFor();
    const scripts = requests.filter((r) => r.resourceType() === 'script').map((r) => new URL(r.url()).pathname);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toMatch(/^\/public\//);
    expect(requests.some((r) => /pdf/i.test(r.url()))).toBe(false);
    // And the staff app is still the staff app.
    await page.goto(`${server.url}/login`);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await context.close();
  });
});
