import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startServer, type RunningServer } from '../support/server-process.ts';
import { accessibilityProblems } from './public-app-support.ts';

const ADMIN = { email: 'coordinator@carers.test', password: 'kettle on the windowsill' };

/** The focused element as a person hears it: its role-ish tag, its name, whether it is inside a dialog. */
type Focused = { tag: string; type: string; name: string; text: string; inDialog: boolean; ring: boolean; focusVisible: boolean };

async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return { tag: 'body', type: '', name: '', text: '', inDialog: false, ring: false, focusVisible: false };
    const input = element as HTMLInputElement;
    const labels = input.labels ? [...input.labels].map((label) => label.innerText.trim()).join(' ') : '';
    // The question a radio button or a date box answers (a field's own fieldset, not a form section's).
    const group = element.closest('fieldset.field')?.querySelector('legend')?.innerText.trim() ?? '';
    const style = getComputedStyle(element);
    return {
      tag: element.tagName.toLowerCase(),
      type: input.type ?? '',
      name: element.getAttribute('aria-label') ?? (labels ? `${group ? `${group} › ` : ''}${labels}` : element.innerText.trim()),
      text: element.innerText.trim(),
      inDialog: element.closest('dialog') !== null,
      // A ring a sighted keyboard user can see: an outline or a box shadow.
      ring: (style.outlineStyle !== 'none' && style.outlineWidth !== '0px') || style.boxShadow !== 'none',
      focusVisible: element.matches(':focus-visible'),
    };
  });
}

/** The cursor is on a control, with the focus ring showing. */
async function expectOnControl(page: Page, name: string | RegExp): Promise<void> {
  const now = await focused(page);
  if (typeof name === 'string') expect(now.name, JSON.stringify(now)).toBe(name);
  else expect(now.name, JSON.stringify(now)).toMatch(name);
  expect(now.focusVisible, JSON.stringify(now)).toBe(true);
  expect(now.ring, JSON.stringify(now)).toBe(true);
}

/** Tab (or Shift+Tab) until the named control has the cursor, as a keyboard user would; fails if it is not reachable. */
async function tabTo(page: Page, name: string | RegExp, { back = false, most = 60 } = {}): Promise<void> {
  const matches = (text: string) => (typeof name === 'string' ? text === name : name.test(text));
  for (let presses = 0; presses < most; presses += 1) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (matches((await focused(page)).name)) {
      await expectOnControl(page, name);
      return;
    }
  }
  throw new Error(`${String(name)} was not reached with ${most} presses of ${back ? 'Shift+Tab' : 'Tab'}; the cursor is on ${JSON.stringify(await focused(page))}`);
}

/** Tab once: the cursor moves to exactly this control, then type into it. */
async function nextAndType(page: Page, name: string, text: string): Promise<void> {
  await page.keyboard.press('Tab');
  await expectOnControl(page, name);
  if (text) await page.keyboard.type(text);
}

/** After moving to another page, the cursor is on its heading (as after a full page load, screen readers start there). */
async function expectOnHeading(page: Page, heading: string | RegExp): Promise<void> {
  await expect.poll(async () => (await focused(page)).tag).toMatch(/^h[1-3]$/);
  const now = await focused(page);
  if (typeof heading === 'string') expect(now.text).toBe(heading);
  else expect(now.text).toMatch(heading);
}

describe('keyboard only: sign in, register a young carer, issue their card and print it, with Tab, Space and Enter', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startServer({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('every step is reachable, the cursor lands where the next step starts, and its ring is always visible', async () => {
    const context = await browser.newContext({ acceptDownloads: true, locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${server.url}/login`);
    await page.getByRole('heading', { level: 1 }).waitFor();

    // Sign in.
    await tabTo(page, 'Email');
    await page.keyboard.type(ADMIN.email);
    await nextAndType(page, 'Password', ADMIN.password);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Sign out' }).waitFor();

    // Home, then Register a young carer.
    await tabTo(page, 'Register a young carer');
    await page.keyboard.press('Enter');
    await expectOnHeading(page, 'Register a young carer');
    await tabTo(page, 'Given name');
    await page.keyboard.type('Kasia');
    await nextAndType(page, 'Family name', 'Keyboard');
    await nextAndType(page, 'Preferred name', '');
    await nextAndType(page, 'Date of birth › Day', '9');
    await nextAndType(page, 'Date of birth › Month', '3');
    await nextAndType(page, 'Date of birth › Year', '2012');
    await nextAndType(page, 'Contact email', 'parent@family.test');
    await nextAndType(page, 'Contact phone', '');
    // A radio group with nothing chosen: Tab lands on its first option, Space chooses it.
    await page.keyboard.press('Tab');
    await expectOnControl(page, /^Consent given by › /);
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await expectOnControl(page, /^How consent was given › /);
    // An arrow key moves to the next option and chooses it.
    await page.keyboard.press('ArrowDown');
    await expectOnControl(page, /^How consent was given › /);
    expect(await page.locator('input[name="consentMethod"]:checked').evaluate((input) => input === document.activeElement)).toBe(true);
    await tabTo(page, 'Register young carer');
    await page.keyboard.press('Enter');

    // Their record: Issue card, the check step, Issue card.
    await expectOnHeading(page, /Kasia Keyboard/);
    await tabTo(page, 'Issue card');
    await page.keyboard.press('Enter');
    await expectOnHeading(page, 'Check before you issue the card');
    await tabTo(page, 'Issue card');
    await page.keyboard.press('Enter');
    // The card's page, its heading the card's number.
    await expectOnHeading(page, /^YC-[A-Z0-9-]+$/);
    await page.getByText(/Card issued\. It is valid until/).waitFor();
    const number = (await focused(page)).text;

    // Cards: tick it, Print sheet, the check dialog, Print sheet.
    await tabTo(page, 'Cards', { back: true });
    await page.keyboard.press('Enter');
    await expectOnHeading(page, 'Cards');
    await tabTo(page, `Select card ${number} for printing`);
    await page.keyboard.press('Space');
    await tabTo(page, 'Print sheet (1 card)', { back: true });
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Check the print sheet' });
    await dialog.waitFor();
    // Escape closes it, printing nothing, and the cursor is back on the button that opened it.
    await expect.poll(async () => (await focused(page)).inDialog).toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expectOnControl(page, 'Print sheet (1 card)');
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    // The dialog takes the cursor; Tab stays inside it.
    await expect.poll(async () => (await focused(page)).inDialog).toBe(true);
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/keyboard-print-check.png' });
    await tabTo(page, 'Print sheet', { most: 6 });
    expect((await focused(page)).inDialog).toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    await page.getByText(/1 card on 2 pages/).waitFor();
    // The cursor is not lost on the page once the dialog has gone: it is on the result, and Tab goes on from there.
    await expect.poll(async () => (await focused(page)).tag).not.toBe('body');
    expect((await focused(page)).text).toMatch(/Print sheet ready/);
    await tabTo(page, 'Download it again', { most: 3 });
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/keyboard-printed.png' });
    await context.close();
  });
});
