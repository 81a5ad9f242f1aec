import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Getting people and records into the running app for the end-to-end tests:
 * through its public API, as a script or another browser tab would.
 */
export type Credentials = { email: string; password: string };

/** Signs in through the sign-in page and waits for the app to open. */
export async function signInInBrowser(page: Page, baseUrl: string, who: Credentials): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password', { exact: true }).fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

/** On the register form: consent is never preselected, so a test chooses it as staff would. */
export async function chooseConsent(page: Page): Promise<void> {
  await page.getByRole('group', { name: 'Consent given by' }).getByLabel('A parent').check();
  await page.getByRole('group', { name: 'How consent was given' }).getByLabel('In writing').check();
}

/** A staff date field (day, month and year boxes under one legend), typed as staff would: `2013-05-17` as 17, 5, 2013. */
export async function fillDate(page: Page, legend: string, isoDate: string): Promise<void> {
  const [year = '', month = '', day = ''] = isoDate.split('-');
  const group = page.getByRole('group', { name: legend });
  await group.getByLabel('Day').fill(day ? String(Number(day)) : '');
  await group.getByLabel('Month').fill(month ? String(Number(month)) : '');
  await group.getByLabel('Year').fill(year);
}

/** On a young carer's page: Issue card, then Issue card again on the check step that shows the expiry. */
export async function issueCardInBrowser(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Issue card' }).click();
  await page.getByRole('heading', { name: 'Check before you issue the card' }).waitFor();
  await page.getByRole('button', { name: 'Issue card' }).click();
}

/** A bearer token for API calls. */
export async function apiToken(baseUrl: string, who: Credentials): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(who),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

export async function callApi<T>(baseUrl: string, token: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    body: body === undefined ? null : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** An account with the `staff` role (not admin), with its password set through its one-time link. */
export async function createStaffMember(baseUrl: string, adminToken: string, who: Credentials & { name: string }): Promise<void> {
  const created = await callApi<{ passwordLink: { url: string } }>(baseUrl, adminToken, 'POST', '/api/staff', {
    email: who.email,
    name: who.name,
    role: 'staff',
  });
  const token = created.passwordLink.url.split('#')[1];
  const response = await fetch(`${baseUrl}/api/auth/set-password`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token, password: who.password }),
  });
  expect(response.status).toBe(204);
}

type Card = { id: string; number: string; template: string; status: string };

/** A young carer registered through the API, with consent recorded now. */
export async function registerHolder(baseUrl: string, token: string, givenName: string, familyName: string): Promise<{ id: string }> {
  const { holder } = await callApi<{ holder: { id: string } }>(baseUrl, token, 'POST', '/api/holders', {
    givenName,
    familyName,
    dateOfBirth: '2012-09-14',
    consentBy: 'parent',
    consentAt: new Date().toISOString(),
    consentMethod: 'written',
  });
  return holder;
}

export async function issueCard(baseUrl: string, token: string, holderId: string, template?: string): Promise<Card> {
  const { card } = await callApi<{ card: Card }>(baseUrl, token, 'POST', `/api/holders/${holderId}/cards`, template ? { template } : {}, {
    'idempotency-key': crypto.randomUUID(),
  });
  return card;
}

export async function getCard(baseUrl: string, token: string, id: string): Promise<Card> {
  return (await callApi<{ card: Card }>(baseUrl, token, 'GET', `/api/cards/${id}`)).card;
}

/**
 * Share of a canvas's pixels that are not (near) white, and share close to
 * `colour` (`#rrggbb`) when one is given: a drawn card preview has plenty of
 * both; a blank or failed one has none.
 */
export async function canvasInk(page: Page, selector: string, colour?: string): Promise<{ ink: number; colour: number }[]> {
  return page.locator(selector).evaluateAll((canvases, hex) => {
    const target = hex ? [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) : null;
    return (canvases as HTMLCanvasElement[]).map((canvas) => {
      const context = canvas.getContext('2d');
      if (!context || canvas.width === 0 || canvas.height === 0) return { ink: 0, colour: 0 };
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      let ink = 0;
      let near = 0;
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b, a] = [data[i]!, data[i + 1]!, data[i + 2]!, data[i + 3]!];
        if (a < 200) continue; // never drawn: transparent
        if (r < 235 || g < 235 || b < 235) ink += 1;
        if (target && Math.abs(r - target[0]!) + Math.abs(g - target[1]!) + Math.abs(b - target[2]!) < 40) near += 1;
      }
      const pixels = data.length / 4;
      return { ink: ink / pixels, colour: near / pixels };
    });
  }, colour ?? null);
}

/**
 * After a failed submit: the GOV.UK error summary ("There is a problem") has
 * the cursor, lists `message` as a link, and the link puts the cursor in the
 * field named `field`.
 */
export async function followErrorSummary(page: Page, message: string | RegExp, field: string): Promise<void> {
  await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('error-summary') ?? false)).toBe(true);
  const summary = page.locator('.error-summary:focus');
  await summary.getByRole('heading', { name: 'There is a problem' }).waitFor();
  await summary.getByRole('link', { name: message }).click();
  await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe(field);
}
