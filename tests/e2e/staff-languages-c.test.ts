import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startServer, type RunningServer } from '../support/server-process.ts';
import { accessibilityProblems, ADMIN, collectConsoleErrors } from './public-app-support.ts';
import { apiToken, callApi, issueCard, signInInBrowser } from './staff-session.ts';

// Two rows, so the preview's counts show Welsh's dual: "2 res", not "2 rhes".
const REGISTER = ['Ref,First name,Surname,DOB', 'CY-1,Gwen,Morgan,2013-04-03', 'CY-2,Dafydd,Morgan,2012-10-12'].join('\r\n');

/**
 * The staff app in Welsh, part C (referrals, import, renewals, reports):
 * Cymraeg chosen with the header's switch, each page read and used in
 * Welsh, axe clean on each.
 */
describe('the staff app in Welsh: referrals, import, renewals and reports', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let reference: string;

  beforeAll(async () => {
    // Cards last a month here, so the ones issued below are due for renewal.
    server = await startServer({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, CARD_VALIDITY_MONTHS: '1' });
    browser = await launchChromium();
    const response = await fetch(`${server.url}/api/referrals`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        givenName: 'Elin',
        familyName: 'Prydderch',
        dateOfBirth: '2012-06-14',
        referrerRole: 'parent',
        referrerName: 'Siân Prydderch',
        referrerEmail: 'sian.prydderch@family.test',
        consentBy: 'parent',
        consentMethod: 'online',
      }),
    });
    expect(response.status).toBe(201);
    reference = ((await response.json()) as { reference: string }).reference;

    const token = await apiToken(server.url, ADMIN);
    const consent = { consentBy: 'parent', consentAt: new Date().toISOString(), consentMethod: 'written' };
    for (const [givenName, familyName] of [
      ['Osian', 'Rhys'],
      ['Mali', 'Rhys'],
    ]) {
      const { holder } = await callApi<{ holder: { id: string } }>(server.url, token, 'POST', '/api/holders', { givenName, familyName, dateOfBirth: '2013-04-03', ...consent });
      await issueCard(server.url, token, holder.id);
    }

    page = await (await browser.newContext()).newPage();
    errors = collectConsoleErrors(page);
    await signInInBrowser(page, server.url, ADMIN);
    await page.getByRole('navigation', { name: 'Language' }).getByRole('button', { name: 'Cymraeg' }).click();
    await page.getByRole('button', { name: 'Allgofnodi' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('cy');
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const nav = (name: string) => page.getByRole('navigation', { name: 'Prif' }).getByRole('link', { name, exact: true });

  it('reviews a referral in Welsh: the decline form lists what is missing in Welsh, then the referral is accepted', { timeout: 120_000 }, async () => {
    await nav('Atgyfeiriadau').click();
    await page.getByRole('heading', { name: 'Atgyfeiriadau newydd, y rhai sydd wedi aros hiraf yn gyntaf' }).waitFor();
    const table = page.getByRole('table', { name: 'Atgyfeiriadau' });
    await table.getByRole('columnheader', { name: 'Wedi’i atgyfeirio gan' }).waitFor();
    await table.getByRole('cell', { name: 'Rhiant neu ofalwr' }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);

    await table.getByRole('link', { name: reference }).click();
    await page.getByRole('heading', { name: 'Y gofalwr ifanc' }).waitFor();
    await page.getByText('Ar y ffurflen (roedden nhw yno, neu fe wnaethon nhw ei llenwi)').waitFor();
    // The date of birth: in Welsh where the browser has Welsh dates (“14 Meh 2012”), else British English, never “Jun 14, 2012”.
    await page.getByText(/^14 (Meh|Jun) 2012/).waitFor();

    const decline = page.locator('form').filter({ has: page.getByRole('heading', { name: 'Gwrthod' }) });
    await decline.getByRole('button', { name: 'Gwrthod yr atgyfeiriad' }).click();
    const summary = decline.getByRole('alert');
    await summary.getByRole('link', { name: 'Dewiswch wedi’i wrthod neu wedi’i dynnu’n ôl.' }).waitFor();
    await summary.getByRole('link', { name: 'Ysgrifennwch y rheswm: bydd staff yn ei ddarllen yn nes ymlaen.' }).waitFor();
    // The same words beside the field, and the summary takes the cursor.
    await decline.locator('.field__error').filter({ hasText: 'Ysgrifennwch y rheswm' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    await summary.getByRole('link', { name: /Ysgrifennwch y rheswm/ }).click();
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLTextAreaElement | null)?.name)).toBe('reason');
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/cy-referral-review.png', fullPage: true });

    const accept = page.locator('form').filter({ has: page.getByRole('heading', { name: 'Derbyn' }) });
    await accept.getByLabel('Cyfeirnod ar gyfer y cofnod (dewisol)').fill('CY-REF-1');
    await accept.getByRole('button', { name: 'Derbyn a chreu’r cofnod' }).click();
    await page.getByText(`Atgyfeiriad ${reference} wedi’i dderbyn: cafodd y cofnod hwn ei greu ohono.`, { exact: false }).waitFor();
  });

  it('imports a small CSV in Welsh: upload (the missing file named in Welsh), map the columns, check the rows, import them', { timeout: 180_000 }, async () => {
    await nav('Mewnforio').click();
    await page.getByRole('heading', { name: 'Uwchlwytho eich cofrestr' }).waitFor();
    await page.getByRole('button', { name: 'Uwchlwytho a pharu colofnau' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Dewiswch y ffeil CSV i’w huwchlwytho.' });
    await summary.waitFor();
    await summary.getByRole('link', { name: 'Dewiswch y ffeil CSV i’w huwchlwytho.' }).click();
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('file');
    expect(await accessibilityProblems(page)).toEqual([]);

    await page.getByLabel('Ffeil CSV').setInputFiles({ name: 'cofrestr.csv', mimeType: 'text/csv', buffer: Buffer.from(REGISTER) });
    await page.getByRole('button', { name: 'Uwchlwytho a pharu colofnau' }).click();
    await page.getByRole('heading', { name: 'Pa golofn yw pa un' }).waitFor();
    expect(await page.getByLabel('Enw cyntaf', { exact: true }).inputValue()).toBe('1');
    expect(await page.getByLabel('Cyfeirnod (dewisol)').inputValue()).toBe('0');
    const group = page.getByRole('group', { name: 'Ar gyfer rhesi heb fanylion caniatâd' });
    await group.getByLabel('Caniatâd wedi’i roi gan').selectOption('parent');
    await group.getByLabel('Dull y caniatâd').selectOption('written');
    await group.getByLabel('Dyddiad y caniatâd').fill('2026-09-01');
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/cy-import-mapping.png', fullPage: true });

    await page.getByRole('button', { name: 'Gwirio pob rhes' }).click();
    // Welsh plurals: 2 takes the dual with its mutation ("2 res"), 0 the plain form ("0 rhes").
    await page.getByText('2 res yn barod i’w mewnforio, 0 rhes â phroblemau', { exact: false }).waitFor();
    const rows = page.getByRole('table', { name: 'Pob rhes' });
    await rows.getByRole('columnheader', { name: 'Dyddiad geni' }).waitFor();
    await rows.getByRole('button', { name: 'Gadael rhes 2 allan' }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/cy-import-preview.png', fullPage: true });

    await page.getByRole('button', { name: 'Mewnforio 2 res' }).click();
    await page.getByRole('heading', { name: 'Mae’r mewnforio wedi gorffen' }).waitFor({ timeout: 60_000 });
    await page.getByText('2 res wedi’u hychwanegu fel gofalwyr ifanc newydd').waitFor();
    await page.getByRole('button', { name: 'Rhoi cardiau i 2 ofalwr ifanc' }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
  });

  it('opens Renewals in Welsh and checks who gets a reminder; 2 young carers read “2 ofalwr ifanc”', { timeout: 120_000 }, async () => {
    await nav('Adnewyddu').click();
    await page.getByRole('link', { name: '60 diwrnod' }).click();
    await page.getByRole('heading', { name: 'Cardiau sy’n dod i ben yn ystod y 60 diwrnod nesaf' }).waitFor();
    const table = page.getByRole('table', { name: 'Cardiau sy’n dod i ben yn ystod y 60 diwrnod nesaf, y cynharaf yn gyntaf' });
    await table.getByRole('row').filter({ hasText: 'Osian Rhys' }).getByText('Dim e-bost na ffôn').waitFor();
    await page.getByRole('heading', { name: 'Nodiadau atgoffa awtomatig' }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/cy-renewals.png', fullPage: true });

    await page.getByRole('button', { name: 'Anfon nodiadau atgoffa adnewyddu' }).click();
    const dialog = page.getByRole('dialog', { name: 'Gwirio pwy sy’n cael nodyn atgoffa adnewyddu' });
    await dialog.getByRole('heading', { name: 'Dim e-bost na ffôn: 2 ofalwr ifanc' }).waitFor();
    await dialog.getByRole('heading', { name: 'Fydd neb yn cael e-bost' }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/cy-renewals-check.png' });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  it('opens Reports in Welsh: chart titles, table captions, age bands and small numbers in Welsh', { timeout: 120_000 }, async () => {
    await nav('Adroddiadau').click();
    const ages = page.getByRole('table', { name: 'Gofalwyr ifanc fesul band oedran' });
    await ages.getByRole('columnheader', { name: 'Band oedran' }).waitFor();
    // Five young carers aged 12 to 14 (the import's two, the two with cards, and the accepted referral's).
    await ages.getByRole('row', { name: /12 i 14/ }).getByRole('cell', { name: '5', exact: true }).waitFor();
    await ages.getByRole('row', { name: /o dan 8/ }).getByRole('cell', { name: '0', exact: true }).waitFor();
    await page.getByRole('table', { name: 'Cardiau fesul mis' }).getByRole('columnheader', { name: 'Gweithredol (i’r 10 agosaf)' }).waitFor();
    await page.getByText('Cardiau gweithredol ar ddiwedd pob mis (i’r 10 agosaf)').waitFor();
    await page.getByText('Wnaeth dim partner wirio cerdyn yn ystod y misoedd hyn.').waitFor();
    await page.getByRole('combobox', { name: 'Misoedd' }).locator('option', { hasText: 'Y 12 mis diwethaf' }).waitFor({ state: 'attached' });
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/cy-reports.png', fullPage: true });
    // The app asks once whether a session is open before signing in (a 401): nothing else went wrong.
    expect(errors.filter((error) => !error.includes('status of 401'))).toEqual([]);
  });
});
