import type { Browser, BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startServer, type RunningServer } from '../support/server-process.ts';
import { accessibilityProblems, ADMIN, collectConsoleErrors, ORGANISATION } from './public-app-support.ts';
import { apiToken, callApi, canvasInk, signInInBrowser } from './staff-session.ts';

const QUESTION = 'Which card design do you like best?';
const isoDay = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe('co-production: staff ask, a young carer answers on their phone and suggests, staff moderate and publish "you said, we did"', () => {
  let server: RunningServer;
  let browser: Browser;
  let desk: BrowserContext;
  let phone: BrowserContext;
  let staff: Page;
  let child: Page;
  let link: string;
  let holderId: string;
  let staffErrors: string[];
  let childErrors: string[];

  beforeAll(async () => {
    server = await startServer({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, ORGANISATION_NAME: ORGANISATION.name, ORGANISATION_HELPLINE: ORGANISATION.helpline });
    browser = await launchChromium();
    const admin = await apiToken(server.url, ADMIN);
    const { holder } = await callApi<{ holder: { id: string } }>(server.url, admin, 'POST', '/api/holders', {
      givenName: 'Priya',
      familyName: 'Chaudhry',
      dateOfBirth: '2012-04-03',
      contactEmail: 'family@example.test',
      consentBy: 'parent',
      consentAt: new Date().toISOString(),
      consentMethod: 'written',
    });
    holderId = holder.id;
    const card = (await callApi<{ card: { id: string } }>(server.url, admin, 'POST', `/api/holders/${holder.id}/cards`, {})).card;
    link = (await callApi<{ link: string }>(server.url, admin, 'POST', `/api/cards/${card.id}/invitations`, { channel: 'print' })).link;
    desk = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    staff = await desk.newPage();
    staffErrors = collectConsoleErrors(staff);
    phone = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    child = await phone.newPage();
    childErrors = collectConsoleErrors(child);
  });
  afterAll(async () => {
    await desk?.close();
    await phone?.close();
    await browser?.close();
    await server?.stop();
  });

  /** Whether an <img> has loaded, and how wide it really is. */
  const naturalWidth = (page: Page, selector: string) => page.locator(selector).evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0));

  it('staff ask a question with two card designs, a picture and words, and see it waiting for answers; axe finds nothing', async () => {
    await signInInBrowser(staff, server.url, ADMIN);
    await staff.getByRole('link', { name: 'Have your say' }).click();
    await staff.getByRole('heading', { name: 'Have your say', level: 1 }).waitFor();
    expect(await accessibilityProblems(staff)).toEqual([]);
    await staff.getByLabel('Question', { exact: true }).fill(QUESTION);
    await staff.getByLabel('Closes on').fill(isoDay(14));
    await staff.getByLabel('Answer 1: kind').selectOption('template');
    await staff.getByLabel('Answer 1: words').fill('The purple one');
    await staff.getByLabel('Answer 1: card design').selectOption({ label: 'Standard' });
    await staff.getByLabel('Answer 2: kind').selectOption('template');
    await staff.getByLabel('Answer 2: words').fill('Big clear letters');
    await staff.getByLabel('Answer 2: card design').selectOption({ label: 'Large print' });
    await staff.getByRole('button', { name: 'Add another answer' }).click();
    await staff.getByLabel('Answer 3: words').fill('I do not mind');
    await staff.getByRole('button', { name: 'Add another answer' }).click();
    await staff.getByLabel('Answer 4: kind').selectOption('image');
    await staff.getByLabel('Answer 4: words').fill('Stripes');
    const stripes = await sharp({ create: { width: 800, height: 500, channels: 3, background: '#ffd400' } })
      .composite([{ input: Buffer.from('<svg width="800" height="500"><rect x="0" y="200" width="800" height="100" fill="#5b2a86"/></svg>') }])
      .png()
      .toBuffer();
    await staff.getByLabel('Answer 4: picture').setInputFiles({ name: 'stripes.png', mimeType: 'image/png', buffer: stripes });
    // No alt text: the field says so, the error summary links to it, and nothing is sent.
    await staff.getByRole('button', { name: 'Ask young carers' }).click();
    const noAlt = 'Write what the picture shows, for young carers who use a screen reader.';
    await staff.locator('.field__error').filter({ hasText: noAlt }).waitFor();
    await staff.locator('.error-summary').getByRole('link', { name: noAlt }).click();
    await expect.poll(() => staff.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).toBe('true');
    expect(await accessibilityProblems(staff)).toEqual([]);
    await staff.getByLabel('Answer 4: what the picture shows').fill('A yellow card with a purple stripe across the middle');
    await staff.getByRole('button', { name: 'Ask young carers' }).click();
    await staff.getByRole('heading', { name: QUESTION, level: 1 }).waitFor();
    await staff.getByTestId('results-hidden').waitFor();
    await expect.poll(() => staff.locator('.pdf-preview[data-state="drawn"]').count(), { timeout: 20_000 }).toBe(2);
    const picture = 'img.option-image[alt="A yellow card with a purple stripe across the middle"]';
    // Re-encoded by the server within 600 x 800.
    await expect.poll(() => naturalWidth(staff, picture), { timeout: 10_000 }).toBe(600);
    expect(await accessibilityProblems(staff)).toEqual([]);
    await staff.screenshot({ path: '/tmp/coprod-staff-consultation.png', fullPage: true });
  });

  it('staff write a "you said, we did" entry, publish it and then change its wording', async () => {
    await staff.goto(`${server.url}/consultations/suggestions`);
    await staff.getByRole('heading', { name: 'Suggestions and outcomes', level: 1 }).waitFor();
    await staff.getByLabel('You said', { exact: true }).fill('Make the card easier to read');
    await staff.getByLabel('We did', { exact: true }).fill('We made a large print card');
    await staff.getByLabel('Publish it now').check();
    await staff.getByRole('button', { name: 'Save the entry' }).click();
    await staff.getByText('We made a large print card').waitFor();
    const entry = staff.locator('li.panel', { hasText: 'Make the card easier to read' });
    await entry.getByRole('button', { name: 'Change the wording' }).click();
    const edit = staff.getByRole('form', { name: 'Change this entry' });
    expect(await edit.getByLabel('We did').inputValue()).toBe('We made a large print card');
    await edit.getByLabel('We did').fill('We made a large print card with bigger letters');
    expect(await accessibilityProblems(staff)).toEqual([]);
    await edit.getByRole('button', { name: 'Save the changes' }).click();
    await entry.getByText('Changes saved: the public page shows them now.').waitFor();
    expect(await entry.innerText()).toContain('We did: We made a large print card with bigger letters');
    expect(await entry.innerText()).toContain('Published');
    expect(await accessibilityProblems(staff)).toEqual([]);
  });

  it('a young carer on a phone sees the card designs drawn by the card renderer, answers in a few taps, suggests a benefit and sees "you said, we did"; axe finds nothing', async () => {
    await child.goto(link);
    await child.getByLabel('Day').fill('3');
    await child.getByLabel('Month').selectOption({ label: 'April' });
    await child.getByLabel('Year').fill('2012');
    await child.getByRole('button', { name: 'Show my card' }).click();
    await child.getByRole('heading', { name: 'Have your say' }).waitFor();
    const question = child.locator('form.question', { hasText: QUESTION });
    await expect.poll(() => question.locator('.card-design[data-state="drawn"]').count(), { timeout: 20_000 }).toBe(2);
    const ink = await canvasInk(child, 'form.question .card-design__canvas');
    expect(ink).toHaveLength(2);
    for (const drawn of ink) expect(drawn.ink).toBeGreaterThan(0.05);
    // The picture option: the image inside the radio's label, named by the alt text staff wrote.
    const pictureRadio = question.getByRole('radio', { name: /A yellow card with a purple stripe across the middle.*Stripes/ });
    await pictureRadio.waitFor();
    // The picture loads lazily (a cheap phone fetches only what is on screen): bring it into view.
    await child.locator('form.question label img.option-picture').scrollIntoViewIfNeeded();
    await expect.poll(() => naturalWidth(child, 'form.question label img.option-picture'), { timeout: 10_000 }).toBe(600);
    // Nothing presses: no closing date, no countdown, no tallies.
    const section = await child.locator('section.have-your-say').innerText();
    expect(section).not.toMatch(/closes|days left|answers so far|streak|\d+ (people|young carers) answered/i);
    expect(await accessibilityProblems(child)).toEqual([]);
    await child.screenshot({ path: '/tmp/coprod-my-question.png', fullPage: true });

    await question.getByRole('radio', { name: /Big clear letters/ }).check();
    await question.getByRole('button', { name: 'Send my answer' }).click();
    await child.getByText('You have answered this one. Thank you!').waitFor();

    await child.getByRole('radio', { name: 'An offer or benefit that would help you' }).check();
    await child.getByLabel('Your idea, in your own words').fill('Free swimming on Saturdays at the leisure centre with my sister Mia');
    await child.getByRole('button', { name: 'Send my idea' }).click();
    await child.getByText('Thank you, we have your idea').waitFor();

    await child.getByText('We made a large print card with bigger letters').waitFor();
    await child.getByRole('checkbox', { name: 'By email' }).check();
    await child.getByRole('button', { name: 'I would like to take part' }).click();
    await child.getByText('Thank you, staff will get in touch').waitFor();
    expect(await accessibilityProblems(child)).toEqual([]);
    await child.screenshot({ path: '/tmp/coprod-my-done.png', fullPage: true });
  });

  it('staff moderate the suggestion in their own words, and only that wording reaches the public page', async () => {
    await staff.reload();
    await staff.getByRole('blockquote').filter({ hasText: 'Free swimming on Saturdays at the leisure centre with my sister Mia' }).waitFor();
    // Unpublished: not on the public page.
    await child.goto(`${server.url}/you-said-we-did`);
    await child.getByRole('heading', { name: 'You said, we did', level: 1 }).waitFor();
    await child.getByText('We made a large print card with bigger letters').waitFor();
    expect(await child.locator('main').innerText()).not.toContain('swimming');

    const item = staff.locator('li.panel', { hasText: 'Free swimming' });
    await item.getByLabel('Public wording').fill('Free swimming on Saturdays');
    await item.getByRole('button', { name: 'Publish' }).click();
    await item.getByText('Published.').waitFor();
    expect(await accessibilityProblems(staff)).toEqual([]);

    await child.reload();
    await child.getByText('Free swimming on Saturdays').waitFor();
    const text = await child.locator('main').innerText();
    expect(text).not.toContain('Mia');
    expect(text).not.toContain('Priya');
    expect(await accessibilityProblems(child)).toEqual([]);
    await child.screenshot({ path: '/tmp/coprod-public.png', fullPage: true });

    const takePart = staff.getByRole('region', { name: 'Would like to take part' });
    await takePart.getByRole('link', { name: 'Priya Chaudhry' }).waitFor();
    await takePart.getByRole('button', { name: 'Mark followed up' }).click();
    await takePart.getByRole('button', { name: 'Mark followed up' }).waitFor({ state: 'detached' });
  });

  it("staff see on the young carer's page that she would like to take part, and record a change she told them; axe finds nothing", async () => {
    await staff.goto(`${server.url}/holders/${holderId}`);
    const section = staff.getByRole('region', { name: 'Taking part in design groups and events' });
    const status = section.getByTestId('take-part-status');
    await status.waitFor();
    expect(await status.innerText()).toMatch(/^Priya would like to take part \(said on their own page, .+\)\. Contact by: Email\. Followed up .+\.$/);
    expect(await section.getByRole('checkbox', { name: 'Email' }).isChecked()).toBe(true);
    await section.getByRole('checkbox', { name: 'Email' }).uncheck();
    await section.getByRole('button', { name: 'Save the change' }).click();
    const noWay = 'Choose at least one way to contact them.';
    await section.locator('.field__error').filter({ hasText: noWay }).waitFor();
    await section.locator('.error-summary').getByRole('link', { name: noWay }).waitFor();
    await section.getByRole('checkbox', { name: 'Phone' }).check();
    await section.getByRole('checkbox', { name: 'Face to face' }).check();
    await section.getByRole('button', { name: 'Save the change' }).click();
    await expect.poll(() => status.innerText()).toMatch(/^Priya would like to take part \(told to staff, .+\)\. Contact by: Phone, Face to face\. Not followed up yet\.$/);
    expect(await accessibilityProblems(staff)).toEqual([]);
    await staff.screenshot({ path: '/tmp/coprod-holder-take-part.png', fullPage: true });
    // Back on the follow-up list.
    await staff.goto(`${server.url}/consultations/suggestions`);
    const takePart = staff.getByRole('region', { name: 'Would like to take part' });
    await takePart.getByRole('button', { name: 'Mark followed up' }).waitFor();
  });

  it('answers given to staff by phone and at a group count too, and from 5 answers the counts show as a chart and table', async () => {
    await staff.goto(`${server.url}/consultations`);
    await staff.getByRole('link', { name: QUESTION }).click();
    await staff.getByTestId('results-hidden').waitFor();
    for (const [answer, how] of [
      ['Big clear letters', 'Phone'],
      ['The purple one', 'Face to face or group session'],
      ['The purple one', 'Face to face or group session'],
      ['I do not mind', 'Email'],
    ]) {
      await staff.getByLabel('Their answer').selectOption({ label: answer });
      await staff.getByLabel('How they answered').selectOption({ label: how });
      await staff.getByRole('button', { name: 'Add the answer' }).click();
      await staff.getByText(/^Saved: one answer/).waitFor();
    }
    const table = staff.getByRole('table', { name: `Answers to “${QUESTION}”` });
    await table.waitFor();
    expect(await table.getByRole('row', { name: /Big clear letters/ }).innerText()).toMatch(/Big clear letters\s+2\s+40%/);
    expect(await table.getByRole('row', { name: /The purple one/ }).innerText()).toMatch(/2\s+40%/);
    expect(await table.getByRole('row', { name: /All answers/ }).innerText()).toContain('5');
    expect(await accessibilityProblems(staff)).toEqual([]);
    await staff.screenshot({ path: '/tmp/coprod-staff-results.png', fullPage: true });
    // A 401 is expected once on each side: /my asks for the card before the phone signs in, and a reloaded staff page before its session is restored.
    const unexpected = (errors: string[]) => errors.filter((error) => !error.includes('status of 401'));
    expect(unexpected(staffErrors)).toEqual([]);
    expect(unexpected(childErrors)).toEqual([]);
  });
});
