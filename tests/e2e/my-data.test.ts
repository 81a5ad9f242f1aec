import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startServer, type RunningServer } from '../support/server-process.ts';
import { pdfText } from '../support/pdf-tools.ts';
import { accessibilityProblems, ADMIN, collectConsoleErrors, ORGANISATION } from './public-app-support.ts';
import { apiToken, callApi, signInInBrowser } from './staff-session.ts';

type Card = { id: string; number: string };

describe('"What we keep about me": a young carer sees their record and asks for a fix; staff see it under Needs attention', () => {
  let server: RunningServer;
  let browser: Browser;
  let phone: BrowserContext;
  let page: Page;
  let holderId: string;
  let card: Card;
  let link: string;
  let errors: string[];

  beforeAll(async () => {
    server = await startServer({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, ORGANISATION_NAME: ORGANISATION.name, ORGANISATION_HELPLINE: ORGANISATION.helpline });
    browser = await launchChromium();
    const admin = await apiToken(server.url, ADMIN);
    const { holder } = await callApi<{ holder: { id: string } }>(server.url, admin, 'POST', '/api/holders', {
      givenName: 'Zofia',
      familyName: 'Wiśniewska',
      dateOfBirth: '2012-09-14',
      contactEmail: 'family@example.test',
      consentBy: 'parent',
      consentAt: new Date().toISOString(),
      consentMethod: 'written',
      notes: 'Likes to be met at the side door',
      caringNote: 'Cares for her grandad',
    });
    holderId = holder.id;
    card = (await callApi<{ card: Card }>(server.url, admin, 'POST', `/api/holders/${holder.id}/cards`, {})).card;
    link = (await callApi<{ link: string }>(server.url, admin, 'POST', `/api/cards/${card.id}/invitations`, { channel: 'print' })).link;
    // She told staff at a group session that she would like to take part.
    await callApi(server.url, admin, 'PUT', `/api/holders/${holder.id}/take-part`, { contactBy: ['phone', 'face_to_face'] });
    phone = await browser.newContext({ viewport: { width: 375, height: 740 } });
    page = await phone.newPage();
    errors = collectConsoleErrors(page);
  });
  afterAll(async () => {
    await phone?.close();
    await browser?.close();
    await server?.stop();
  });

  it('lists what is kept about them and who can see it, with nothing about the person cared for; axe finds nothing', async () => {
    await page.goto(link);
    await page.getByLabel('Day').fill('14');
    await page.getByLabel('Month').selectOption({ label: 'September' });
    await page.getByLabel('Year').fill('2012');
    await page.getByRole('button', { name: 'Show my card' }).click();
    await page.getByRole('heading', { name: 'Zofia' }).waitFor();

    await page.getByRole('link', { name: 'what we keep about you' }).click();
    await page.getByRole('heading', { name: 'What we keep about me', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'About you' }).waitFor();
    const text = await page.locator('main').innerText();
    for (const shown of ['Zofia', 'Wiśniewska', '14 September 2012', 'family@example.test', 'Likes to be met at the side door', 'Your parent', card.number, 'This phone', ORGANISATION.name]) {
      expect(text, shown).toContain(shown);
    }
    expect(text).toContain('Who can see it');
    expect(text).toContain('Shops never see it');
    expect(text).toContain('Staff keep a short note about your caring. It is not shown here');
    expect(text).not.toContain('grandad');
    const takePart = page.getByRole('region', { name: 'Taking part in design groups and events' });
    expect(await takePart.getByTestId('take-part-kept').innerText()).toMatch(/^You told staff on .+ that you would like to take part\. We will contact you by phone or face to face\. Staff have not got back to you yet\.$/);
    expect(await accessibilityProblems(page)).toEqual([]);
  });

  it('sends a correction with the keyboard alone, and shows it as waiting', async () => {
    const box = page.getByLabel('What is wrong, and what should it say?');
    await box.focus();
    await page.keyboard.type('My last name has an accent: Wiśniewska is right, but my email is wrong');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Send to staff');
    await page.keyboard.press('Enter');
    await page.getByText('Thank you, we have your message').waitFor();
    await page.getByText('Waiting for staff').waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
  });

  it('asks before sending an erasure request, in plain words; Escape backs out, "Yes" sends it', async () => {
    const ask = page.getByRole('button', { name: 'Ask to delete my record' });
    await ask.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Ask to delete your record?' });
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('nothing is deleted straight away');
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    // Nothing was sent.
    expect(await page.getByText('Delete my record', { exact: true }).count()).toBe(0);

    await ask.focus();
    await page.keyboard.press('Enter');
    await dialog.getByRole('button', { name: 'Yes, ask to delete it' }).click();
    await page.getByText('We have your request').waitFor();
    expect(await page.locator('main').innerText()).toContain('Nothing has been deleted yet');
    await page.getByText('Delete my record', { exact: true }).waitFor();
    // The one refusal expected: the card page asking for the card before the phone was signed in.
    expect(errors.filter((e) => !e.includes('status of 401'))).toEqual([]);
  });

  it('staff see the request under Needs attention, open the record, export it, and mark the request done', async () => {
    const desk = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const staffPage = await desk.newPage();
      await signInInBrowser(staffPage, server.url, ADMIN);
      const attention = staffPage.getByRole('region', { name: 'Needs attention' });
      await attention.getByText('2 requests from young carers').waitFor();
      expect(await attention.innerText()).toContain('my email is wrong');
      expect(await attention.innerText()).toContain('Erasure');

      await attention.getByRole('link', { name: /Open the young carer’s record \(correction request/ }).click();
      await staffPage.getByRole('heading', { name: 'Subject access export' }).waitFor();
      const requestsRegion = staffPage.getByRole('region', { name: 'Their requests' });
      await requestsRegion.getByText(/my email is wrong/).waitFor();
      const theirs = await requestsRegion.innerText();
      expect(theirs).toContain('my email is wrong');
      expect(theirs).toMatch(/Erasure, asked [^\n]*: Open/);
      expect(new URL(staffPage.url()).pathname).toContain(holderId);
      await staffPage.getByText('This file holds a child’s personal data').waitFor();
      const [download] = await Promise.all([staffPage.waitForEvent('download', { timeout: 30_000 }), staffPage.getByRole('button', { name: 'Export the record (PDF)' }).click()]);
      const pdf = readFileSync(await download.path());
      expect(pdfText(pdf)).toContain(card.number);
      expect(pdfText(pdf)).not.toContain('grandad');

      await staffPage.goto(server.url);
      await attention.getByText('2 requests from young carers').waitFor();
      await attention.getByRole('button', { name: /Mark done \(correction request/ }).click();
      await attention.getByText('1 request from a young carer').waitFor();
    } finally {
      await desk.close();
    }
    // The young carer sees it was done.
    await page.reload();
    await page.getByRole('heading', { name: 'What you asked us' }).waitFor();
    const mine = await page.getByRole('region', { name: 'What you asked us' }).innerText();
    expect(mine).toMatch(/Fix something[^\n]*Done/);
    expect(mine).toMatch(/Delete my record[^\n]*Waiting for staff/);
  });
});
