import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startServer, type RunningServer } from '../support/server-process.ts';
import { accessibilityProblems, addPartner, ADMIN, collectConsoleErrors, ORGANISATION } from './public-app-support.ts';
import { apiToken, callApi } from './staff-session.ts';

/** A phone: 360 px wide, as the cheapest Android phones are. */
const PHONE = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

/** What the young carer's page must never show: the family name, the date of birth, anything about whom they care for. */
const PRIVATE = ['Wiśniewska', '2012', '٢٠١٢', 'grandad'];

const html = (page: Page) => page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));

describe('/my in Welsh and in Arabic, on a phone', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let link: string;
  let cardNumber: string;
  let errors: string[];

  beforeAll(async () => {
    server = await startServer({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, ORGANISATION_NAME: ORGANISATION.name, ORGANISATION_HELPLINE: ORGANISATION.helpline });
    browser = await launchChromium();
    const admin = await apiToken(server.url, ADMIN);
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
    const { card } = await callApi<{ card: { id: string; number: string } }>(server.url, admin, 'POST', `/api/holders/${holder.id}/cards`, {});
    cardNumber = card.number;
    link = (await callApi<{ link: string }>(server.url, admin, 'POST', `/api/cards/${card.id}/invitations`, { channel: 'print' })).link;
    // A phone set to Welsh: the page speaks Welsh on the first visit.
    context = await browser.newContext({ ...PHONE, locale: 'cy-GB' });
    page = await context.newPage();
    errors = collectConsoleErrors(page);
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it('opens in Welsh from the link (the phone’s language), says a wrong date of birth in Welsh, then shows the card in Welsh', async () => {
    await page.goto(link);
    await page.getByRole('heading', { name: 'Cadarnhewch mai chi sydd yma' }).waitFor();
    expect(await html(page)).toEqual({ lang: 'cy', dir: 'ltr' });
    expect(await accessibilityProblems(page)).toEqual([]);

    const fill = async (day: string, month: string) => {
      await page.getByLabel('Diwrnod', { exact: true }).fill(day);
      // The month box: Welsh names from the catalogue (Chromium has no Welsh dates of its own).
      await page.getByRole('combobox').selectOption({ label: month });
      await page.getByLabel('Blwyddyn', { exact: true }).fill('2012');
      await page.getByRole('button', { name: 'Dangos fy ngherdyn' }).click();
    };
    await fill('15', 'Medi');
    // Beside the field and in the error summary, which takes the cursor.
    await page.locator('.field__error', { hasText: /Dydy'r dyddiad geni yna ddim yn cyfateb\. 4 cynnig ar ôl/ }).waitFor();
    await page.locator('.error-summary:focus', { hasText: /ddim yn cyfateb/ }).waitFor();
    await page.screenshot({ path: '/tmp/my-languages-cy-error.png', fullPage: true });
    expect(await accessibilityProblems(page)).toEqual([]);

    await fill('14', 'Medi');
    await page.getByRole('heading', { name: 'Zosia' }).waitFor();
    const text = await page.locator('main').innerText();
    expect(text.toLowerCase()).toContain('cerdyn gofalwr ifanc');
    expect(text).toMatch(/Yn ddilys tan \d{1,2} (Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr) \d{4}/);
    expect(text).toContain('Tynnu fy ngherdyn oddi ar y ffôn hwn');
    expect(text).toContain('Free swim');
    for (const secret of PRIVATE) expect(text).not.toContain(secret);
    await page.getByRole('img', { name: /Cod QR eich cerdyn/ }).waitFor();
    await page.getByRole('heading', { name: 'Dweud eich dweud' }).waitFor();
    await page.screenshot({ path: '/tmp/my-languages-cy.png', fullPage: true });
    expect(await accessibilityProblems(page)).toEqual([]);
  });

  it('one tap switches to Arabic: right to left, the card in Arabic, remembered after a reload', async () => {
    await page.getByRole('button', { name: 'العربية' }).click();
    await page.getByText('بطاقة مقدّم رعاية صغير').waitFor();
    expect(await html(page)).toEqual({ lang: 'ar', dir: 'rtl' });
    await page.reload();
    await page.getByRole('heading', { name: 'Zosia' }).waitFor();
    await page.getByText('بطاقة مقدّم رعاية صغير').waitFor();
    expect(await html(page)).toEqual({ lang: 'ar', dir: 'rtl' });
    // "Have your say" loads after the card.
    await page.getByRole('heading', { name: 'شارك برأيك' }).waitFor();

    const text = await page.locator('main').innerText();
    expect(text).toContain('صالحة حتى');
    expect(text).toContain('أزِل بطاقتي من هذا الهاتف');
    for (const secret of PRIVATE) expect(text).not.toContain(secret);
    // The card number reads left to right inside the Arabic sentence, as printed.
    const number = page.locator('.card-face__number bdi');
    expect(await number.getAttribute('dir')).toBe('ltr');
    expect(await number.innerText()).toBe(cardNumber);
    // Laid out from the right: the card's text starts at the right-hand edge, and nothing is wider than the phone.
    const face = await page.locator('.card-face__what').evaluate((element) => getComputedStyle(element).direction);
    expect(face).toBe('rtl');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: '/tmp/my-languages-ar.png', fullPage: true });
    expect(await accessibilityProblems(page)).toEqual([]);

    // "What we keep" too, in Arabic.
    await page.getByRole('link', { name: 'ما نحتفظ به عنك' }).click();
    await page.getByRole('heading', { name: 'عنك' }).waitFor();
    expect(await page.locator('main').innerText()).toContain('من يمكنه رؤيته:');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: '/tmp/my-languages-ar-data.png', fullPage: true });
    expect(await accessibilityProblems(page)).toEqual([]);
    // The 401 before signing in and the 400 of the wrong date of birth are answers, not failures.
    expect(errors.filter((e) => !/Failed to load resource: the server responded with a status of 40[01]/.test(e))).toEqual([]);
  });
});

describe('/refer in Polish, on a phone', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let admin: string;

  beforeAll(async () => {
    server = await startServer({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, ORGANISATION_NAME: ORGANISATION.name, ORGANISATION_HELPLINE: ORGANISATION.helpline });
    browser = await launchChromium();
    admin = await apiToken(server.url, ADMIN);
    context = await browser.newContext({ ...PHONE, locale: 'pl-PL' });
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it('a Polish parent fills it in, sees a missing answer in Polish at the top and beside the field, sends it; staff accept it into a record that speaks Polish', async () => {
    const page = await context.newPage();
    const errors = collectConsoleErrors(page);
    await page.goto(`${server.url}/refer`);
    await page.getByRole('heading', { name: 'O młodym opiekunie' }).waitFor();
    expect(await html(page)).toEqual({ lang: 'pl', dir: 'ltr' });

    await page.getByLabel('Nazwisko', { exact: true }).fill('Kowalski');
    await page.getByLabel('Dzień', { exact: true }).fill('3');
    expect(await page.getByRole('combobox').locator('option[value="11"]').innerText()).toBe('listopad');
    await page.getByRole('combobox').selectOption({ value: '11' });
    await page.getByLabel('Rok', { exact: true }).fill('2013');
    await page.getByLabel('Jestem jego rodzicem lub opiekunem').check();
    await page.getByLabel('Twoje imię i nazwisko').fill('Anna Kowalska');
    await page.getByLabel('Twój e-mail').fill('anna.kowalska@rodzina.test');
    await page.getByLabel('Jego rodzic lub opiekun się zgodził').check();
    await page.getByLabel('Jest tu ze mną albo to on wypełnia formularz').check();
    await page.getByRole('button', { name: 'Wyślij zgłoszenie' }).click();

    // The first name is missing: said in Polish in the error summary (which takes the cursor) and beside the field.
    const summary = page.locator('.error-summary:focus');
    await summary.waitFor();
    expect(await summary.getByRole('listitem').allInnerTexts()).toEqual(['Wpisz imię młodego opiekuna.']);
    const beside = page.locator('.field', { has: page.getByLabel('Imię', { exact: true }) }).locator('.field__error');
    expect(await beside.innerText()).toContain('Wpisz imię młodego opiekuna.');
    await page.screenshot({ path: '/tmp/my-languages-pl-error.png', fullPage: true });
    expect(await accessibilityProblems(page)).toEqual([]);
    // The summary's link puts the cursor in the field.
    await summary.getByRole('link', { name: 'Wpisz imię młodego opiekuna.' }).click();
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('givenName');

    await page.getByLabel('Imię', { exact: true }).fill('Jan');
    await page.getByRole('button', { name: 'Wyślij zgłoszenie' }).click();
    await page.getByRole('heading', { name: 'Dziękujemy, mamy twoje zgłoszenie' }).waitFor();
    const text = await page.locator('main').innerText();
    const reference = /RF-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(text)![0];
    expect(text).toContain('Co dalej');
    expect(text).toContain(`Ktoś z ${ORGANISATION.name} przeczyta zgłoszenie`);
    await page.screenshot({ path: '/tmp/my-languages-pl-sent.png', fullPage: true });
    expect(await accessibilityProblems(page)).toEqual([]);
    expect(errors).toEqual([]);

    // Stored with the language it was filled in, shown to staff, and given to the record made from it.
    const { items } = await callApi<{ items: { id: string; reference: string }[] }>(server.url, admin, 'GET', '/api/referrals?status=new');
    const referral = items.find((item) => item.reference === reference)!;
    expect(referral).toBeDefined();
    const detail = await callApi<{ referral: { language: string } }>(server.url, admin, 'GET', `/api/referrals/${referral.id}`);
    expect(detail.referral.language).toBe('pl');
    const { holderId } = await callApi<{ holderId: string }>(server.url, admin, 'POST', `/api/referrals/${referral.id}/accept`, {});
    const { holder } = await callApi<{ holder: { givenName: string; language: string } }>(server.url, admin, 'GET', `/api/holders/${holderId}`);
    expect(holder).toMatchObject({ givenName: 'Jan', language: 'pl' });
  });
});
