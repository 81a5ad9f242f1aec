import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startServer, type RunningServer } from '../support/server-process.ts';
import { apiToken, callApi, createStaffMember, followErrorSummary, signInInBrowser } from './staff-session.ts';

const ADMIN = { email: 'coordinator@carers.test', password: 'kettle on the windowsill' };
const STAFF = { email: 'worker@carers.test', password: 'seven blue herons waiting', name: 'Robin Worker' };

type Partner = { id: string; name: string; area: string; active: boolean; verifyCode: string; verifyLink: string };
type Benefit = { title: string; minAge: number | null; maxAge: number | null; validFrom: string | null; partnerNote: string };
type VerifyAnswer = { result: string; benefits?: { title: string; partner: string; note?: string }[] };

/** Days as the API keeps them: YYYY-MM-DD in UTC. */
const utcDay = (offsetDays = 0) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

/** The error shown on a field: the text its input points to with aria-describedby, once it is marked invalid. */
async function fieldError(input: Locator): Promise<string> {
  await expect.poll(() => input.getAttribute('aria-invalid')).toBe('true');
  const ids = ((await input.getAttribute('aria-describedby')) ?? '').split(' ').filter((id) => id.endsWith('-error'));
  expect(ids).toHaveLength(1);
  return (await input.page().locator(`[id="${ids[0]}"]`).textContent()) ?? '';
}

const clipboardText = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

describe('partners, benefits, partner keys and scan statistics in the web app', () => {
  let server: RunningServer;
  let browser: Browser;
  let adminToken: string;
  let cardToken: string;

  const api = <T>(method: string, path: string, body?: unknown) => callApi<T>(server.url, adminToken, method, path, body);
  const partnerById = async (id: string) => (await api<{ partner: Partner }>('GET', `/api/partners/${id}`)).partner;
  const partnerNamed = async (name: string) => (await api<{ items: Partner[] }>('GET', '/api/partners')).items.find((p) => p.name === name);
  const verify = async (body: object, headers: Record<string, string> = {}) => {
    const response = await fetch(`${server.url}/api/v1/verify`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as VerifyAnswer & { error?: { code: string } } };
  };
  const newContext = (): Promise<BrowserContext> =>
    browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'], locale: 'en-GB' });

  beforeAll(async () => {
    server = await startServer({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password });
    browser = await launchChromium();
    adminToken = await apiToken(server.url, ADMIN);
    await createStaffMember(server.url, adminToken, STAFF);
    // A 13-year-old all year round (born on 1 January), with a current card.
    const { holder } = await api<{ holder: { id: string } }>('POST', '/api/holders', {
      givenName: 'Amelia',
      familyName: 'Partner-Test',
      dateOfBirth: `${new Date().getUTCFullYear() - 13}-01-01`,
      consentBy: 'parent',
      consentAt: new Date().toISOString(),
      consentMethod: 'written',
    });
    cardToken = (
      await callApi<{ card: { token: string } }>(server.url, adminToken, 'POST', `/api/holders/${holder.id}/cards`, {}, {
        'idempotency-key': crypto.randomUUID(),
      })
    ).card.token;
    // Its name is taken, so the form has something to refuse.
    await api('POST', '/api/partners', { name: 'Riverside Pool', category: 'leisure' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('an admin adds and edits a partner, adds a benefit, copies its verify link, uses and revokes an API key, and sees the scan counts', async () => {
    const context = await newContext();
    const page = await context.newPage();
    const crashes: string[] = [];
    page.on('pageerror', (error) => crashes.push(error.message));
    await signInInBrowser(page, server.url, ADMIN);
    await page.getByRole('navigation').getByRole('link', { name: 'Partners', exact: true }).click();
    // The page arrives with its own chunk, and its heading takes focus as on every other page.
    const title = page.getByRole('heading', { level: 1, name: 'Partners' });
    await expect.poll(() => title.evaluate((h) => h === document.activeElement)).toBe(true);
    await page.getByRole('link', { name: 'Add partner' }).click();

    // The form checks the website before sending (one with a space is refused; one without https:// is completed); the API refuses a name in use, on the name field.
    const name = page.getByLabel('Name', { exact: true });
    await name.fill('Riverside Pool');
    await page.getByLabel('Category').selectOption('leisure');
    await page.getByLabel('Website').fill('riverside pool');
    await page.getByRole('button', { name: 'Add partner' }).click();
    expect(await fieldError(page.getByLabel('Website'))).toContain('like www.example.org');
    await page.getByLabel('Website').fill('www.riverside.example.org');
    await page.getByRole('button', { name: 'Add partner' }).click();
    expect(await fieldError(name)).toContain('Another partner already has this name.');
    await followErrorSummary(page, 'Another partner already has this name.', 'name');
    expect(await partnerNamed('Riverside Leisure Centre')).toBeUndefined();

    await name.fill('Riverside Leisure Centre');
    await page.getByLabel('Area').fill('Mansfield');
    await page.getByLabel('Contact name').fill('Sam Manager');
    await page.getByLabel('Contact email').fill('sam@riverside.example.org');
    await page.getByRole('button', { name: 'Add partner' }).click();
    await page.getByText('Riverside Leisure Centre has been added.').waitFor();
    await page.getByRole('heading', { level: 1, name: 'Riverside Leisure Centre' }).waitFor();
    const partnerId = new URL(page.url()).pathname.split('/').pop()!;
    const created = await partnerById(partnerId);
    expect(created).toMatchObject({ area: 'Mansfield', active: true, contactEmail: 'sam@riverside.example.org', website: 'https://www.riverside.example.org' });
    await page.getByText('Staff only, never shown publicly.').waitFor();

    // Edit: only what changed is sent.
    await page.getByRole('link', { name: 'Edit details' }).click();
    await page.getByLabel('Area').fill('Mansfield Woodhouse');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Changes saved.').waitFor();
    expect((await partnerById(partnerId)).area).toBe('Mansfield Woodhouse');

    // A benefit for ages 12 to 17 (ages come in bands), from today, with a note for this partner only.
    await page.getByRole('button', { name: 'Add a benefit' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Add a benefit');
    await page.getByLabel('Title').fill('Free swim');
    await page.getByLabel('Description').fill('One free swim a week during public sessions.');
    await page.getByLabel('Youngest age').selectOption('15');
    await page.getByLabel('Oldest age').selectOption('11');
    await page.getByLabel('First day').fill(utcDay());
    await page.getByLabel('Last day').fill(utcDay(60));
    await page.getByLabel(/^Note for Riverside Leisure Centre only/).fill('Young carers may use the fast-track lane at reception.');
    await page.getByRole('button', { name: 'Add benefit' }).click();
    expect(await fieldError(page.getByLabel('Oldest age'))).toContain('more than the youngest age');
    await page.getByLabel('Youngest age').selectOption('12');
    await page.getByLabel('Oldest age').selectOption('17');
    await page.getByRole('button', { name: 'Add benefit' }).click();
    await page.getByText('“Free swim” added.').waitFor();
    const benefitItem = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Free swim' }) });
    await benefitItem.getByText('Ages 12 to 17').waitFor();
    const benefits = (await api<{ items: Benefit[] }>('GET', `/api/benefits?partnerId=${partnerId}`)).items;
    expect(benefits).toEqual([expect.objectContaining({ title: 'Free swim', minAge: 12, maxAge: 17, validFrom: utcDay() })]);

    // The partner's own verify link, copied for sending to the shop.
    const link = page.getByLabel('Partner verify link');
    expect(await link.inputValue()).toBe(created.verifyLink);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByText('Link copied.').waitFor();
    expect(await clipboardText(page)).toBe(created.verifyLink);

    // An API key: its secret is shown once, works at once, and is never shown again.
    await page.getByLabel('Key name').fill('Front desk till');
    await page.getByRole('button', { name: 'Create key' }).click();
    await page.getByText('This key is shown only once.').waitFor();
    const secret = await page.getByLabel('API key', { exact: true }).inputValue();
    expect(secret).toMatch(/^ycp_[\w-]{40,}$/);
    await page.getByRole('button', { name: 'Copy key' }).click();
    await page.getByText('Key copied.').waitFor();
    expect(await clipboardText(page)).toBe(secret);
    const keyRow = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Front desk till' }) });
    await keyRow.getByText(`${secret.slice(0, 8)}…`).waitFor();

    const keyed = await verify({ token: cardToken }, { 'x-partner-key': secret });
    expect(keyed.status).toBe(200);
    expect(keyed.body.result).toBe('valid');
    expect(keyed.body.benefits?.[0]).toEqual({
      title: 'Free swim',
      partner: 'Riverside Leisure Centre',
      description: 'One free swim a week during public sessions.',
      conditions: '',
      note: 'Young carers may use the fast-track lane at reception.',
    });
    // Checked through the verify link, a made-up card number counts for no partner: anyone who saw the link could send one.
    expect((await verify({ cardNumber: 'YC-0000-0000-00000', partner: created.verifyCode })).body.result).toBe('not_valid');

    await page.reload();
    await keyRow.waitFor();
    expect(await page.content()).not.toContain(secret);
    await keyRow.getByText(/^\d{1,2} \w{3,4} \d{4}$/).waitFor(); // last used: today

    await page.getByRole('button', { name: 'Revoke key Front desk till' }).click();
    const dialog = page.getByRole('dialog', { name: 'Revoke the key “Front desk till”?' });
    await dialog.getByText('This cannot be undone.').waitFor();
    await dialog.getByRole('button', { name: 'Revoke key' }).click();
    await page.getByText('Key “Front desk till” revoked.').waitFor();
    await keyRow.getByText('Revoked', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Revoke key Front desk till' }).count()).toBe(0);
    const refused = await verify({ token: cardToken }, { 'x-partner-key': secret });
    expect(refused.status).toBe(401);
    expect(refused.body.error?.code).toBe('INVALID_PARTNER_KEY');

    // The statistics: this partner's counts today, a totals row, and nothing about any card.
    await page.getByRole('link', { name: 'All partners' }).click();
    await page.getByRole('link', { name: 'Scan statistics' }).click();
    await page.getByRole('heading', { level: 1, name: 'Scan statistics' }).waitFor();
    await page.getByText('This holds counts only, nothing about any card or child').waitFor();
    await page.getByLabel('Partner', { exact: true }).selectOption({ label: 'Riverside Leisure Centre' });
    await page.getByRole('button', { name: 'Show counts' }).click();
    await page.getByRole('heading', { name: /^Riverside Leisure Centre, / }).waitFor();
    const cells = (row: Locator) => row.locator('th, td').allTextContents();
    const dayRow = page.locator('tbody tr');
    await expect.poll(() => dayRow.count()).toBe(1);
    // Day, partner, valid, expired, not valid, all: the revoked key's refused call and the link's made-up card are not counted.
    expect((await cells(dayRow)).slice(1)).toEqual(['Riverside Leisure Centre', '1', '0', '0', '1']);
    expect(await cells(page.locator('tfoot tr'))).toEqual(['Total', '1', '0', '0', '1']);
    expect(new URL(page.url()).searchParams.get('partnerId')).toBe(partnerId);
    expect(await page.locator('main').textContent()).not.toMatch(/Amelia|YC-0000/);
    expect(crashes).toEqual([]);
    await context.close();
  });

  it('an admin deactivates and reactivates a partner; a failed request says so and can be tried again', async () => {
    const { partner } = await api<{ partner: Partner }>('POST', '/api/partners', { name: 'Corner Café', category: 'food', area: 'Newark' });
    await api('POST', '/api/benefits', { partnerId: partner.id, title: 'Free hot chocolate' });
    const inDirectory = async () => {
      const directory = (await (await fetch(`${server.url}/api/v1/benefits`)).json()) as { partners: { id: string }[] };
      return directory.partners.some((p) => p.id === partner.id);
    };
    expect(await inDirectory()).toBe(true);

    const context = await newContext();
    const page = await context.newPage();
    await signInInBrowser(page, server.url, ADMIN);
    // The network fails: the list says so, and "Try again" loads it once it is back.
    await page.route('**/api/partners', (route) => route.abort('internetdisconnected'));
    await page.goto(`${server.url}/partners`);
    const failure = page.getByRole('alert').filter({ hasText: 'Could not load the partners' });
    await failure.getByText('Could not reach the server.').waitFor();
    await page.unroute('**/api/partners');
    await failure.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('link', { name: 'Corner Café' }).waitFor();

    // Search and category filters, kept in the address.
    await page.getByLabel('Name, area or address').fill('newark');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByText(/^1 of \d+ partners$/).waitFor();
    await page.getByLabel('Category').selectOption('leisure');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByText('No partners match this search.').waitFor();
    expect(new URL(page.url()).search).toBe('?q=newark&category=leisure');
    await page.getByRole('button', { name: 'Clear search' }).click();
    await page.getByText(/^\d+ partners$/).waitFor();

    await page.getByRole('link', { name: 'Corner Café' }).click();
    await page.getByRole('button', { name: 'Deactivate partner' }).click();
    const dialog = page.getByRole('dialog', { name: 'Deactivate Corner Café?' });
    await dialog.getByText(/no longer listed when any card is checked/).waitFor();
    await dialog.getByRole('button', { name: 'Deactivate' }).click();
    await page.getByText('Corner Café is now inactive').waitFor();
    await page.locator('.badge', { hasText: /^Inactive$/ }).waitFor();
    expect((await partnerById(partner.id)).active).toBe(false);
    expect(await inDirectory()).toBe(false);

    await page.getByRole('button', { name: 'Activate partner' }).click();
    await page.getByRole('dialog', { name: 'Activate Corner Café?' }).getByRole('button', { name: 'Activate' }).click();
    await page.getByText('Corner Café is active again').waitFor();
    expect((await partnerById(partner.id)).active).toBe(true);
    expect(await inDirectory()).toBe(true);
    await context.close();
  });

  it('staff who are not admins see partners, benefits and verify links, but no admin controls', async () => {
    const { partner } = await api<{ partner: Partner }>('POST', '/api/partners', { name: 'Greenfield Academy', category: 'school', area: 'Worksop' });
    await api('POST', '/api/benefits', { partnerId: partner.id, title: 'Phone allowed in class', partnerNote: 'May keep their phone on silent.' });
    const context = await newContext();
    const page = await context.newPage();
    const refusals: string[] = [];
    page.on('response', (response) => {
      if (response.status() === 403) refusals.push(response.url());
    });
    await signInInBrowser(page, server.url, STAFF);
    await page.getByRole('navigation').getByRole('link', { name: 'Partners', exact: true }).click();
    await page.getByRole('link', { name: 'Greenfield Academy' }).waitFor();
    expect(await page.getByRole('link', { name: 'Add partner' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Scan statistics' }).count()).toBe(0);

    await page.getByRole('link', { name: 'Greenfield Academy' }).click();
    await page.getByRole('heading', { name: 'Phone allowed in class' }).waitFor();
    await page.getByText('May keep their phone on silent.').waitFor();
    expect(await page.getByLabel('Partner verify link').inputValue()).toBe(partner.verifyLink);
    for (const control of [
      page.getByRole('link', { name: 'Edit details' }),
      page.getByRole('button', { name: 'Add a benefit' }),
      page.getByRole('button', { name: 'Edit Phone allowed in class' }),
      page.getByRole('heading', { name: 'API keys' }),
      page.getByRole('button', { name: /Deactivate/ }),
    ]) {
      expect(await control.count()).toBe(0);
    }

    for (const path of [`/partners/${partner.id}/edit`, '/partners/new', '/partners/statistics']) {
      await page.goto(`${server.url}${path}`);
      await page.getByRole('heading', { level: 1, name: 'You need an admin account' }).waitFor();
    }
    // Nothing admin-only was even asked for.
    expect(refusals).toEqual([]);
    await context.close();
  });
});
