import { generateKeyPairSync } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { decodeJwt, decodeProtectedHeader, importJWK, SignJWT, type JWK } from 'jose';
import type { Page } from 'playwright-core';
import QRCode from 'qrcode';
import { expect } from 'vitest';
import { callApi, registerHolder } from './staff-session.ts';

/**
 * Cards, partners and tools for the public app's browser tests: everything
 * goes in through the staff API, as staff would do it.
 */
export const ADMIN = { email: 'coordinator@carers.test', password: 'kettle on the windowsill' };
export const ORGANISATION = { name: 'Young Carers Notts', helpline: '0115 962 8920' };

export type IssuedCard = { id: string; number: string; token: string; expiresOn: string; verifyUrl: string };

/** A test-owned card-signing key (given to the server as CARD_SIGNING_KEYS), so a test can sign an expired twin of a real card. */
export function testSigningKey(): { jwk: JWK; env: string } {
  const { privateKey } = generateKeyPairSync('ed25519');
  const jwk = { ...(privateKey.export({ format: 'jwk' }) as JWK), kid: 'e2e001' };
  return { jwk, env: JSON.stringify([jwk]) };
}

export function serverEnv(key: { env: string }): Record<string, string> {
  return {
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    ORGANISATION_NAME: ORGANISATION.name,
    ORGANISATION_HELPLINE: ORGANISATION.helpline,
    CARD_SIGNING_KEYS: key.env,
    // The tests check many cards from one address.
    VERIFY_RATE_LIMIT_PER_MINUTE: '1000',
  };
}

export async function issueCardFor(baseUrl: string, token: string, givenName: string): Promise<IssuedCard> {
  const holder = await registerHolder(baseUrl, token, givenName, 'Testfamily');
  const { card } = await callApi<{ card: IssuedCard }>(baseUrl, token, 'POST', `/api/holders/${holder.id}/cards`, {}, { 'idempotency-key': crypto.randomUUID() });
  return card;
}

export async function revokeCard(baseUrl: string, token: string, id: string): Promise<void> {
  await callApi(baseUrl, token, 'POST', `/api/cards/${id}/revoke`, { reason: 'lost' });
}

export type Partner = { id: string; name: string; verifyCode: string };

export async function addPartner(baseUrl: string, token: string, name: string, benefit: { title: string; partnerNote?: string; conditions?: string }): Promise<Partner> {
  const { partner } = await callApi<{ partner: Partner }>(baseUrl, token, 'POST', '/api/partners', { name, category: 'leisure', area: 'Mansfield' });
  await callApi(baseUrl, token, 'POST', '/api/benefits', { partnerId: partner.id, description: 'Show the card at the desk', ...benefit });
  return partner;
}

/**
 * The same card's token, signed with the same key, but with an expiry in the
 * past: what a card issued long ago carries. Only possible because the test
 * gave the server its signing key.
 */
export async function expiredTwin(token: string, jwk: JWK): Promise<string> {
  const claims = decodeJwt(token);
  const { kid } = decodeProtectedHeader(token);
  expect(kid).toBe(jwk.kid);
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ n: claims.n, sl: claims.sl })
    .setProtectedHeader({ alg: 'EdDSA', kid: jwk.kid!, typ: 'ycc' })
    .setIssuer(claims.iss!)
    .setSubject(claims.sub!)
    .setIssuedAt(now - 400 * 86_400)
    .setExpirationTime(now - 35 * 86_400)
    .sign(await importJWK(jwk, 'EdDSA'));
}

/** One character of the signature changed (in the middle, so the encoding stays canonical). */
export function tampered(token: string): string {
  const dot = token.lastIndexOf('.');
  const at = dot + Math.floor((token.length - dot) / 2);
  return `${token.slice(0, at)}${token[at] === 'A' ? 'B' : 'A'}${token.slice(at + 1)}`;
}

/** Waits until the public app's service worker is active and controls the page. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  const controlled = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
    return { scope: registration.scope, script: navigator.serviceWorker.controller?.scriptURL ?? null };
  });
  expect(new URL(controlled.scope).pathname).toBe('/');
  expect(controlled.script).toMatch(/\/public\/sw\.js$/);
}

/** WCAG 2.1 A and AA problems axe-core finds on the page as it is now. */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Console errors the page logs, CSP refusals among them. */
export function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/**
 * A camera that films a card: a Y4M video (what Chromium's fake camera plays)
 * of the QR code the card prints, dark modules on white.
 */
export function writeQrVideo(file: string, text: string): void {
  const width = 640;
  const height = 480;
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const modules = qr.modules.size + 8; // 4-module quiet zone each side
  const scale = Math.floor(Math.min(width, height) / modules);
  const left = Math.floor((width - modules * scale) / 2) + 4 * scale;
  const top = Math.floor((height - modules * scale) / 2) + 4 * scale;
  const luma = Buffer.alloc(width * height, 235);
  for (let row = 0; row < qr.modules.size; row++) {
    for (let col = 0; col < qr.modules.size; col++) {
      if (!qr.modules.get(row, col)) continue;
      for (let y = 0; y < scale; y++) luma.fill(16, (top + row * scale + y) * width + left + col * scale, (top + row * scale + y) * width + left + (col + 1) * scale);
    }
  }
  const chroma = Buffer.alloc((width / 2) * (height / 2), 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma, chroma]);
  writeFileSync(file, Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`), frame, frame]));
}
