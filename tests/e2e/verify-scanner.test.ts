import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startServer, type RunningServer } from '../support/server-process.ts';
import { accessibilityProblems, ADMIN, issueCardFor, serverEnv, testSigningKey, writeQrVideo, type IssuedCard } from './public-app-support.ts';
import { apiToken } from './staff-session.ts';

/**
 * Scanning in the page: Chromium's fake camera films the QR code a card
 * prints (its verify link). Desktop Chromium has no BarcodeDetector, so
 * this runs the jsQR path, the one cheap phones without it take.
 */
describe('scanning a card with the camera in the verify page', () => {
  let server: RunningServer;
  let browser: Browser;
  let card: IssuedCard;
  let folder: string;
  beforeAll(async () => {
    server = await startServer(serverEnv(testSigningKey()));
    const admin = await apiToken(server.url, ADMIN);
    card = await issueCardFor(server.url, admin, 'Zosia');
    folder = mkdtempSync(path.join(tmpdir(), 'ycards-camera-'));
    const video = path.join(folder, 'card-qr.y4m');
    writeQrVideo(video, card.verifyUrl);
    browser = await launchChromium(['--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('asks for the camera only after "Scan a card", reads the QR code and shows the answer', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
    await context.grantPermissions(['camera'], { origin: server.url });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const calls: unknown[] = [];
      (window as unknown as { cameraCalls: unknown[] }).cameraCalls = calls;
      const original = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
      navigator.mediaDevices.getUserMedia = (constraints) => {
        calls.push(constraints);
        return original(constraints);
      };
    });
    await page.goto(`${server.url}/v`);
    await page.getByRole('button', { name: 'Scan a card' }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { cameraCalls: unknown[] }).cameraCalls.length)).toBe(0);

    await page.getByRole('button', { name: 'Scan a card' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText(), { timeout: 20_000 }).toBe('VALID');
    expect(await page.locator('.result__name').innerText()).toContain('Zosia');
    // The camera is off again once the card is read.
    expect(await page.evaluate(() => document.querySelector('video'))).toBeNull();
    await context.close();
  });

  it('says clearly when the camera is refused, and offers the number instead', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/v`);
    await page.getByRole('button', { name: 'Scan a card' }).click();
    await page.getByText('The camera is blocked for this page').waitFor();
    expect(await page.getByRole('alert').innerText()).toContain('type the card number below');
    expect(await page.getByRole('textbox', { name: 'Card number' }).isVisible()).toBe(true);
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByRole('button', { name: 'Close the scanner' }).click();
    await page.getByRole('button', { name: 'Scan a card' }).waitFor();
    await context.close();
  });
});
