import sharp from 'sharp';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startServer, type RunningServer } from '../support/server-process.ts';
import { accessibilityProblems, ADMIN, collectConsoleErrors, ORGANISATION } from './public-app-support.ts';
import { apiToken, callApi, issueCardInBrowser, signInInBrowser } from './staff-session.ts';

describe('an online referral from a phone, reviewed and accepted by staff through to an issued card', () => {
  let server: RunningServer;
  let browser: Browser;
  let phone: BrowserContext;
  let page: Page;
  let errors: string[];
  let reference: string;
  let knownId: string;

  beforeAll(async () => {
    server = await startServer({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, ORGANISATION_NAME: ORGANISATION.name, ORGANISATION_HELPLINE: ORGANISATION.helpline });
    browser = await launchChromium();
    // A young carer already registered, whose brother the referral is about: same parent's email, so staff see the link.
    const admin = await apiToken(server.url, ADMIN);
    knownId = (
      await callApi<{ holder: { id: string } }>(server.url, admin, 'POST', '/api/holders', {
        givenName: 'Ada',
        familyName: 'Nwosu',
        dateOfBirth: '2011-05-05',
        contactEmail: 'mum.nwosu@family.test',
        consentBy: 'parent',
        consentAt: new Date().toISOString(),
        consentMethod: 'written',
      })
    ).holder.id;
    phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    page = await phone.newPage();
    errors = collectConsoleErrors(page);
  });
  afterAll(async () => {
    await phone?.close();
    await browser?.close();
    await server?.stop();
  });

  it('the form on a phone lists what is missing at the top, with links; axe finds nothing', async () => {
    await page.goto(`${server.url}/refer`);
    await page.getByRole('heading', { level: 1, name: 'Refer a young carer' }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    // Nothing wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    await page.getByRole('button', { name: 'Send referral' }).click();
    // The GOV.UK error summary takes the cursor; each message is beside its field too.
    const problems = page.locator('.error-summary:focus');
    await problems.waitFor();
    expect(await problems.innerText()).toContain('Enter the young carer’s first name.');
    await page.locator('.field__error', { hasText: 'Enter the young carer’s first name.' }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await problems.getByRole('link', { name: 'Enter the young carer’s first name.' }).click();
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('givenName');
  });

  it('a parent refers their son with a photo, using the keyboard, and gets a reference and what happens next', async () => {
    await page.getByLabel('First name').fill('Tobi');
    await page.getByLabel('Last name').fill('Nwosu');
    await page.getByLabel('Day').fill('3');
    await page.getByLabel('Month').selectOption({ label: 'November' });
    await page.getByLabel('Year').fill('2013');
    await page.getByLabel('School or college (if they go to one)').fill('Bulwell Academy');
    await page.getByLabel('I am their parent or carer').check();
    await page.getByLabel('Your name').fill('Chioma Nwosu');
    await page.getByLabel('Your email').fill('mum.nwosu@family.test');
    await page.getByLabel('Their parent or carer said yes').check();
    // The last choice with the keyboard: arrow keys move within a radio group.
    await page.getByLabel('They are here with me, or this is them filling it in').focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByLabel('They are here with me, or this is them filling it in').isChecked()).toBe(true);
    const photo = await sharp({ create: { width: 400, height: 500, channels: 3, background: { r: 30, g: 120, b: 160 } } }).jpeg().toBuffer();
    await page.getByLabel('Photo of the young carer').setInputFiles({ name: 'tobi.jpg', mimeType: 'image/jpeg', buffer: photo });
    await page.getByRole('button', { name: 'Send referral' }).focus();
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { name: 'Thank you, we have your referral' }).waitFor();
    const text = await page.locator('main').innerText();
    reference = /RF-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(text)![0];
    expect(text).toContain('What happens next');
    expect(text).toContain(ORGANISATION.name);
    // Nothing about the sister already registered.
    expect(text).not.toContain('Ada');
    expect(await accessibilityProblems(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('staff see it under Needs attention, compare it with the sister’s record, accept it and issue the card', async () => {
    const desk = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const staffPage = await desk.newPage();
      await signInInBrowser(staffPage, server.url, ADMIN);
      const attention = staffPage.getByRole('region', { name: 'Needs attention' });
      await attention.getByText('1 new referral').waitFor();
      await attention.getByRole('link', { name: 'Review the referrals' }).click();
      await staffPage.getByRole('heading', { level: 1, name: 'Referrals' }).waitFor();
      await staffPage.getByRole('link', { name: reference }).waitFor();
      await staffPage.getByText('is erased 90 days after the decision').waitFor();
      expect(await accessibilityProblems(staffPage)).toEqual([]);
      // The admin sets how long decided referrals are kept; a value out of range is refused in words.
      await staffPage.getByLabel('Days to keep a decided referral').fill('0');
      await staffPage.getByRole('button', { name: 'Save' }).click();
      await staffPage.getByText('Enter a whole number of days from 1 to 730.').first().waitFor();
      await staffPage.getByLabel('Days to keep a decided referral').fill('60');
      await staffPage.getByRole('button', { name: 'Save' }).click();
      await staffPage.getByText('Decided referrals are now kept 60 days.').waitFor();
      await staffPage.getByText('is erased 60 days after the decision').waitFor();

      await staffPage.getByRole('link', { name: reference }).click();
      await staffPage.getByRole('heading', { level: 1, name: 'Referral of Tobi Nwosu' }).waitFor();
      await staffPage.getByRole('img', { name: /Photo sent with the referral/ }).waitFor();
      const existing = staffPage.getByRole('region', { name: 'Possible existing records' });
      await existing.getByRole('link', { name: 'Ada Nwosu' }).waitFor();
      expect(await existing.innerText()).toContain('same email or phone');
      expect(await existing.getByRole('link', { name: 'Ada Nwosu' }).getAttribute('href')).toBe(`/holders/${knownId}`);
      const details = await staffPage.locator('main').innerText();
      expect(details).toContain('Bulwell Academy');
      expect(details).toContain('Chioma Nwosu');
      expect(await accessibilityProblems(staffPage)).toEqual([]);

      await staffPage.getByRole('button', { name: 'Accept and make the record' }).click();
      await staffPage.getByRole('heading', { level: 1, name: 'Tobi Nwosu' }).waitFor();
      await staffPage.getByText(`Referral ${reference} accepted`).waitFor();
      const record = await staffPage.locator('main').innerText();
      expect(record).toContain('mum.nwosu@family.test');
      expect(record).toContain('A parent');
      await staffPage.getByRole('img', { name: /Tobi/ }).first().waitFor();

      await issueCardInBrowser(staffPage);
      await staffPage.getByText('Card issued.').waitFor();

      // The referral is decided, and no longer waiting.
      await staffPage.goto(`${server.url}/referrals`);
      await staffPage.getByText('No new referrals').waitFor();
    } finally {
      await desk.close();
    }
  });
});
