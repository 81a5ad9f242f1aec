// The cold verify page for npm run bench (see run.ts): a phone opens a card's
// QR link (/v#token) with nothing cached, on Lighthouse's mobile profile
// (150 ms round trip, 1.6 Mbps down, 750 kbps up, CPU 4x slower), and we time
// it until the verdict (VALID) is on screen and count the bytes it took.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { buildApp } from '../api/src/app.ts';
import { issueCard } from '../api/src/cards/issue-card.ts';
import type { Config } from '../api/src/config.ts';
import { openDatabase } from '../api/src/db/database.ts';

export type VerifyPageFigures = {
  webDist: string;
  runs: number;
  /** Median from the navigation to the verdict on screen. */
  verdictMedianMs: number;
  verdictRunsMs: number[];
  /** Median bytes on the wire (headers included, as the browser counts them) before the verdict. */
  bytesBeforeVerdictMedian: number;
  requestsBeforeVerdict: number;
};

const MOBILE = { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8, cpuSlowdown: 4 };

/**
 * `config` must name a migrated database; `webDist` a built web app (npm run
 * build). Service workers are blocked: a worker's own downloads are neither
 * throttled nor counted by the page's DevTools session, so they would only
 * blur the figure (the page registers its worker after the verdict anyway).
 */
export async function benchVerifyPage(config: Config, webDist: string, runs = 5): Promise<VerifyPageFigures> {
  if (!existsSync(path.join(webDist, 'public', 'public.html'))) throw new Error(`no public app built in ${webDist}: run npm run build`);
  const app = await buildApp({ ...config, webDist: path.resolve(webDist) }, await openDatabase(config.database));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://localhost:${(app.server.address() as { port: number }).port}`;
  const holder = await app.db.holder.create({
    data: {
      id: randomUUID(), givenName: 'Amelia', familyName: 'Bench', dateOfBirth: '2013-01-01',
      consentBy: 'parent', consentAt: new Date(), consentMethod: 'written', searchText: 'amelia bench',
    },
  });
  const { card } = await issueCard(app.deps, { context: { actor: null, ip: null }, holderId: holder.id });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  const times: number[] = [];
  const bytes: number[] = [];
  let requests = 0;
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 412, height: 823 }, isMobile: true });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: MOBILE.latency,
        downloadThroughput: MOBILE.downloadThroughput,
        uploadThroughput: MOBILE.uploadThroughput,
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: MOBILE.cpuSlowdown });
      const finished = new Map<string, number>();
      const partial = new Map<string, number>();
      let verdictSeen = false;
      cdp.on('Network.dataReceived', (event) => {
        if (!verdictSeen) partial.set(event.requestId, (partial.get(event.requestId) ?? 0) + event.encodedDataLength);
      });
      const urls = new Map<string, string>();
      cdp.on('Network.requestWillBeSent', (event) => urls.set(event.requestId, event.request.url.replace(base, '')));
      cdp.on('Network.loadingFinished', (event) => {
        if (!verdictSeen) finished.set(event.requestId, event.encodedDataLength);
      });
      // The moment the verdict is drawn, by the page's own clock (from the start of the navigation).
      await page.addInitScript(() => {
        new MutationObserver((_records, observer) => {
          if (!document.querySelector('.result__word')) return;
          (window as unknown as { verdictAt: number }).verdictAt = performance.now();
          observer.disconnect();
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto(`${base}/v#${card.token}`, { waitUntil: 'commit' });
      try {
        await page.locator('.result__word').waitFor({ timeout: 30_000 });
      } catch (error) {
        await page.screenshot({ path: path.join(config.dataDir, 'no-verdict.png') });
        throw error;
      }
      verdictSeen = true;
      const verdictAt = await page.evaluate(() => (window as unknown as { verdictAt: number }).verdictAt);
      const word = await page.locator('.result__word').textContent();
      if (!/valid/i.test(word ?? '') || /not/i.test(word ?? '')) throw new Error(`unexpected verdict: ${word}`);
      times.push(Math.round(verdictAt));
      let total = 0;
      for (const [id, length] of partial) if (!finished.has(id)) total += length;
      for (const length of finished.values()) total += length;
      bytes.push(total);
      if (process.env.BENCH_VERBOSE) process.stderr.write(`run ${run + 1}: ${times.at(-1)} ms\n`);
      if (process.env.BENCH_VERBOSE) for (const [id, length] of finished) process.stderr.write(`${length}\t${urls.get(id)?.slice(0, 60)}\n`);
      requests = Math.max(requests, finished.size);
      await context.close();
    }
  } finally {
    await browser.close();
    await app.close();
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return { webDist, runs, verdictMedianMs: median(times), verdictRunsMs: times, bytesBeforeVerdictMedian: median(bytes), requestsBeforeVerdict: requests };
}
