import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startServer, type RunningServer } from '../support/server-process.ts';
import { accessibilityProblems } from './public-app-support.ts';

const ADMIN = { email: 'auditor@carers.test', password: 'kettle on the windowsill' };

describe('the audit log’s integrity check in the staff app', () => {
  let server: RunningServer;
  let browser: Browser;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'ycards-e2e-audit-'));
  beforeAll(async () => {
    server = await startServer({ DATA_DIR: dataDir, ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, ADMIN_NAME: 'Avery Auditor' });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function openAuditPage(page: Page) {
    await page.goto(`${server.url}/login`);
    await page.getByLabel('Email').fill(ADMIN.email);
    await page.getByLabel('Password', { exact: true }).fill(ADMIN.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Audit log', exact: true }).click();
    await page.getByRole('button', { name: 'Verify chain' }).waitFor();
  }

  it('verifies, downloads the checkpoints, and words what an attacker’s change broke (axe clean)', { timeout: 90_000 }, async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await openAuditPage(page);
    await page.getByRole('button', { name: 'Verify chain' }).click();
    await page.getByText('Chain intact').waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download checkpoints' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^audit-checkpoints-\d{4}-\d{2}-\d{2}\.json$/);
    const saved = path.join(dataDir, 'kept-elsewhere.json');
    await download.saveAs(saved);
    const file = JSON.parse(readFileSync(saved, 'utf8')) as { format: string; checkpoints: { position: number }[] };
    expect(file.format).toBe('ycards-audit-checkpoints');
    expect(file.checkpoints.length).toBeGreaterThan(0);

    // Checked against the file it just saved: intact.
    await page.getByLabel('Check against a saved checkpoint file').setInputFiles(saved);
    await page.getByText(/including those in your file/).waitFor();

    // Someone with the database drops the triggers and removes the newest events.
    const db = new Database(path.join(dataDir, 'ycards.db'));
    try {
      db.exec(`DROP TRIGGER "AuditEvent_no_delete"; DELETE FROM "AuditEvent" WHERE "position" > (SELECT MAX("position") - 2 FROM "AuditEvent");`);
    } finally {
      db.close();
    }
    await page.getByRole('button', { name: 'Verify chain' }).click();
    await page.getByText('Chain broken').waitFor();
    // The download's checkpoint names an event that is gone.
    await page.getByText(/log was cut back or rolled back/).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);

    // A file from some other key is named as such.
    const other = JSON.parse(readFileSync(saved, 'utf8')) as { publicKey: { x: string } };
    other.publicKey.x = 'A'.repeat(43);
    writeFileSync(saved, JSON.stringify(other));
    await page.getByLabel('Check against a saved checkpoint file').setInputFiles(saved);
    await page.getByText(/signed with a different audit key/).waitFor();
    await context.close();
  });
});
