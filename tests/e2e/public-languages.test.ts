import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startServer, type RunningServer } from '../support/server-process.ts';
import { accessibilityProblems, addPartner, ADMIN, collectConsoleErrors, issueCardFor, ORGANISATION, revokeCard, serverEnv, tampered, testSigningKey, type IssuedCard } from './public-app-support.ts';
import { apiToken } from './staff-session.ts';

/**
 * The public pages in other languages, on a 360 px phone: the verdict in
 * Welsh, Arabic and Urdu (right to left), the switch, the remembered choice,
 * the browser's language on a first visit, and the pseudo-locale, whose
 * longer text must not push anything off the screen or leave English behind.
 */
const PHONE = { width: 360, height: 740 };

describe('the public pages in five languages', () => {
  const key = testSigningKey();
  /** Screenshots for a person to look at (/tmp/public-languages-*). */
  const shots = mkdtempSync(join(tmpdir(), 'public-languages-'));
  let server: RunningServer;
  let browser: Browser;
  let card: IssuedCard;
  let revoked: IssuedCard;
  beforeAll(async () => {
    server = await startServer(serverEnv(key));
    browser = await launchChromium();
    const admin = await apiToken(server.url, ADMIN);
    await addPartner(server.url, admin, 'Riverside Pool', { title: 'Free swim', conditions: 'Show the card at the desk' });
    card = await issueCardFor(server.url, admin, 'Zosia');
    revoked = await issueCardFor(server.url, admin, 'Ola');
    await revokeCard(server.url, admin, revoked.id);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function phone(options: { locale?: string } = {}): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
    const context = await browser.newContext({ viewport: PHONE, ...options });
    const page = await context.newPage();
    return { context, page, errors: collectConsoleErrors(page) };
  }
  const verdict = (page: Page) => page.getByRole('heading', { level: 1 });
  const htmlLanguage = (page: Page) => page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
  const WELSH_MONTHS = ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'];
  const welshDate = (isoDate: string) => {
    const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
    return `${day} ${WELSH_MONTHS[month - 1]} ${year}`;
  };
  const longDate = (locale: string, isoDate: string) =>
    new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
  async function screenshot(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
  }

  /** Boxes that stick out of the screen sideways (content inside a scrolling box, such as a code sample, scrolls and is left out). */
  function overflowing(page: Page): Promise<string[]> {
    return page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const problems: string[] = [];
      if (document.documentElement.scrollWidth > width) problems.push(`page: ${document.documentElement.scrollWidth} > ${width}`);
      for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
        if (element.closest('.visually-hidden, .skip-link, .refer-form__trap')) continue;
        const scroller = element.parentElement?.closest('pre, [style*="overflow"]');
        if (scroller && getComputedStyle(scroller).overflowX !== 'visible') continue;
        const box = element.getBoundingClientRect();
        if (box.width === 0) continue;
        if (box.left < -1 || box.right > width + 1) problems.push(`${element.tagName.toLowerCase()}.${element.className}: ${Math.round(box.left)}..${Math.round(box.right)}`);
        // Text cut off inside its own box.
        const style = getComputedStyle(element);
        if (style.overflowX === 'hidden' && element.scrollWidth > element.clientWidth + 1) problems.push(`${element.tagName.toLowerCase()}.${element.className}: text cut`);
      }
      // Text that runs out of its box (a box keeps its width; an unbreakable word does not).
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || parent.closest('pre, .visually-hidden, .skip-link, .refer-form__trap')) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const box = range.getBoundingClientRect();
        if (box.width > 0 && (box.left < -1 || box.right > width + 1)) problems.push(`text "${node.textContent?.trim().slice(0, 40)}": ${Math.round(box.left)}..${Math.round(box.right)}`);
      }
      return problems;
    });
  }

  /** Visible text with no pseudo-localised letter in it: words the catalogue never gave (data such as names and numbers aside). */
  function untranslated(page: Page, data: string[]): Promise<string[]> {
    return page.evaluate((data) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const found: string[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || parent.closest('pre, code, script, style, .visually-hidden, [aria-hidden="true"]')) continue;
        if (!parent.checkVisibility()) continue;
        let text = node.textContent ?? '';
        for (const value of data) text = text.split(value).join('');
        if (/[A-Za-z]{3,}/.test(text) && !/[\u00c0-\u024f\u1e00-\u1eff]/.test(text)) found.push(text.trim());
      }
      return found;
    }, data);
  }

  it('shows a valid card in Welsh: DILYS, the expiry in Welsh, the card number left to right, no accessibility problems', async () => {
    const { context, page, errors } = await phone();
    await page.goto(`${server.url}/v?lang=cy#${card.token}`);
    await expect.poll(() => verdict(page).innerText()).toBe('DILYS');
    expect(await htmlLanguage(page)).toEqual({ lang: 'cy', dir: 'ltr' });
    expect(await page.locator('.result__what').innerText()).toBe('Cerdyn gofalwr ifanc');
    expect(await page.locator('.result__expiry').innerText()).toBe(`Dilys tan ${welshDate(card.expiresOn)}`);
    expect(await page.locator('.result__number bdi').getAttribute('dir')).toBe('ltr');
    expect(await page.locator('.result__number bdi').innerText()).toBe(card.number);
    expect(await page.locator('.result__checked').innerText()).toMatch(/^Gwiriwyd am \d\d:\d\d heddiw$/);
    await expect.poll(() => page.getByRole('status').first().innerText()).toContain('Cerdyn dilys. Zosia.');
    expect(await page.title()).toBe('DILYS · Gwirio cerdyn gofalwr ifanc');
    expect(await overflowing(page)).toEqual([]);
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'valid-cy');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a valid card in Arabic right to left, the verdict beside its icon on the right, the card number still left to right', async () => {
    const { context, page, errors } = await phone();
    await page.goto(`${server.url}/v?lang=ar#${card.token}`);
    await expect.poll(() => verdict(page).innerText()).toBe('صالحة');
    expect(await htmlLanguage(page)).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(await page.locator('.result__expiry').innerText()).toBe(`صالحة حتى ${longDate('ar', card.expiresOn)}`);
    // Right to left: the icon comes first, so it sits on the right of the word.
    const icon = await page.locator('.result__icon').boundingBox();
    const word = await verdict(page).boundingBox();
    expect(icon!.x).toBeGreaterThan(word!.x);
    expect(await page.locator('.result__number bdi').innerText()).toBe(card.number);
    expect(await page.locator('.result__issuer bdi').innerText()).toBe(ORGANISATION.helpline);
    expect(await overflowing(page)).toEqual([]);
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'valid-ar');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a cancelled card as NOT VALID in Urdu, with the helpline to ring kept left to right', async () => {
    const { context, page, errors } = await phone();
    await page.goto(`${server.url}/v?lang=ur#${revoked.token}`);
    await expect.poll(() => verdict(page).innerText()).toBe('درست نہیں');
    expect(await htmlLanguage(page)).toEqual({ lang: 'ur', dir: 'rtl' });
    expect(await page.locator('.result__what').innerText()).toBe('یہ کارڈ قبول نہ کریں');
    const helpline = page.locator('a[href^="tel:"]');
    expect(await helpline.innerText()).toBe(ORGANISATION.helpline);
    expect(await helpline.getAttribute('dir')).toBe('ltr');
    expect(await page.locator('main').innerText()).not.toContain('Ola');
    await expect.poll(() => page.getByRole('status').first().innerText()).toBe('درست نہیں۔ یہ کارڈ قبول نہ کریں۔');
    expect(await overflowing(page)).toEqual([]);
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'not-valid-ur');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('changes language in one tap and remembers it on the phone', async () => {
    const { context, page, errors } = await phone();
    await page.goto(`${server.url}/v`);
    await verdict(page).filter({ hasText: 'Check a young carer card' }).waitFor();
    const switchTo = (name: string) => page.getByRole('navigation', { name: 'Language' }).or(page.getByRole('navigation', { name: 'Iaith' })).getByRole('button', { name });
    expect(await switchTo('English').getAttribute('aria-pressed')).toBe('true');
    await switchTo('Cymraeg').click();
    await expect.poll(() => verdict(page).innerText()).toBe('Gwirio cerdyn gofalwr ifanc');
    expect(await switchTo('Cymraeg').getAttribute('aria-pressed')).toBe('true');
    expect(await switchTo('English').getAttribute('aria-pressed')).toBe('false');
    expect(await page.getByLabel('Rhif y cerdyn').getAttribute('dir')).toBe('ltr');
    // Each button is a 44 px target, and the switch fits the 360 px screen.
    for (const box of await page.locator('.language-switch button').evaluateAll((buttons) => buttons.map((b) => b.getBoundingClientRect().toJSON() as DOMRect))) {
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.width).toBeGreaterThanOrEqual(44);
      expect(box.right).toBeLessThanOrEqual(PHONE.width);
    }
    await page.reload();
    await expect.poll(() => verdict(page).innerText()).toBe('Gwirio cerdyn gofalwr ifanc');
    expect(await htmlLanguage(page)).toEqual({ lang: 'cy', dir: 'ltr' });
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'start-cy');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('switches a page that loaded its words with its chunk (the benefits) to the new language, and back', async () => {
    const { context, page, errors } = await phone();
    await page.goto(`${server.url}/benefits`);
    expect(await page.locator('.directory__count').innerText()).toBe('1 offer from 1 place');
    const switchTo = (name: string) => page.getByRole('navigation', { name: 'Language' }).or(page.getByRole('navigation', { name: 'Iaith' })).getByRole('button', { name });
    await switchTo('Cymraeg').click();
    await expect.poll(() => page.locator('.directory__count').innerText()).toBe('1 cynnig mewn 1 lle');
    await page.getByRole('heading', { level: 1, name: 'Buddion i ofalwyr ifanc' }).waitFor();
    // Then the verify page (in the first download) and back: both stay Welsh.
    await page.locator('.site-nav').getByRole('link', { name: 'Gwirio cerdyn' }).click();
    await expect.poll(() => verdict(page).innerText()).toBe('Gwirio cerdyn gofalwr ifanc');
    await switchTo('English').click();
    await expect.poll(() => verdict(page).innerText()).toBe('Check a young carer card');
    await page.locator('.site-nav').getByRole('link', { name: 'Benefits' }).click();
    await expect.poll(() => page.locator('.directory__count').innerText()).toBe('1 offer from 1 place');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('follows the browser’s language on a first visit', async () => {
    const { context, page, errors } = await phone({ locale: 'cy-GB' });
    await page.goto(`${server.url}/benefits`);
    await page.getByRole('heading', { level: 1, name: 'Buddion i ofalwyr ifanc' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Hamdden a chwaraeon' }).waitFor();
    expect(await page.locator('.directory__count').innerText()).toBe('1 cynnig mewn 1 lle');
    expect(await htmlLanguage(page)).toEqual({ lang: 'cy', dir: 'ltr' });
    expect(errors).toEqual([]);
    await context.close();
  });

  /** What the pseudo-locale may leave as it is: the data the pages show. */
  const DATA = () => [ORGANISATION.name, ORGANISATION.helpline, 'Zosia', card.number, 'Riverside Pool', 'Free swim', 'Show the card at the desk', 'Mansfield', 'Young Carer Cards', 'English', 'Cymraeg', 'Polski', longDate('en-GB', card.expiresOn)];

  it.each([
    ['valid', () => `/v?lang=pseudo#${card.token}`],
    ['not valid', () => `/v?lang=pseudo#${tampered(card.token)}`],
  ])('pseudo-localised, the %s verdict fits the phone and every word comes from the catalogue', async (name, path) => {
    const { context, page, errors } = await phone();
    await page.goto(`${server.url}${path()}`);
    await expect.poll(() => verdict(page).innerText()).toMatch(name === 'valid' ? /^\[ṼÀÀĻÎÎÐ( ~+)?\]$/ : /^\[ÑÖÖŢ ṼÀÀĻÎÎÐ( ~+)?\]$/);
    expect(await htmlLanguage(page)).toEqual({ lang: 'en-XA', dir: 'ltr' });
    expect(await verdict(page).evaluate((word) => word.scrollWidth <= word.clientWidth)).toBe(true);
    await screenshot(page, `pseudo-${name.replace(' ', '-')}`);
    expect(await overflowing(page)).toEqual([]);
    expect(await untranslated(page, DATA())).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each([
    ['benefits', '/benefits?lang=pseudo', '.directory__count'],
    ['partner-guide', '/partners/guide?lang=pseudo', '#api'],
  ])('pseudo-localised, /%s fits the phone and every word comes from the catalogue', async (name, path, ready) => {
    const { context, page, errors } = await phone();
    await page.goto(`${server.url}${path}`);
    await page.locator(ready).waitFor();
    await screenshot(page, `pseudo-${name}`);
    expect(await overflowing(page)).toEqual([]);
    expect(await untranslated(page, DATA())).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
