import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.ts';

/** What the build writes for the public app's script: the file, and its brotli and gzip copies (web/scripts/precompress.ts). */
const SCRIPT = `/* the public app */\n${'export const verdict = "valid";\n'.repeat(200)}`;

function fakeBuild(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'ycards-static-'));
  mkdirSync(path.join(root, 'public', 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>staff app</title>');
  writeFileSync(path.join(root, 'public', 'public.html'), '<!doctype html><title>public app</title>');
  const script = path.join(root, 'public', 'assets', 'public-abc123.js');
  writeFileSync(script, SCRIPT);
  writeFileSync(`${script}.br`, brotliCompressSync(SCRIPT));
  writeFileSync(`${script}.gz`, gzipSync(SCRIPT));
  const worker = path.join(root, 'public', 'sw.js');
  writeFileSync(worker, SCRIPT);
  writeFileSync(`${worker}.br`, brotliCompressSync(SCRIPT));
  return root;
}

// Static serving does not depend on the database engine: SQLite only.
describe('static files', () => {
  let t: TestApp;
  let webDist: string;
  const url = '/public/assets/public-abc123.js';
  beforeAll(async () => {
    webDist = fakeBuild();
    t = await startTestApp('sqlite', { RATE_LIMIT_PER_MINUTE: '5' }, { webDist });
  });
  afterAll(async () => {
    await t.close();
    rmSync(webDist, { recursive: true, force: true });
  });

  it('sends the brotli copy to a browser that accepts it, else gzip, else the file itself, always with Vary: Accept-Encoding', async () => {
    const brotli = await t.app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip, deflate, br, zstd' } });
    expect(brotli.statusCode).toBe(200);
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers['content-type']).toMatch(/javascript/);
    expect(brotli.rawPayload.length).toBeLessThan(SCRIPT.length / 5);
    expect(brotliDecompressSync(brotli.rawPayload).toString()).toBe(SCRIPT);

    const gzip = await t.app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).toString()).toBe(SCRIPT);

    const plain = await t.app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(SCRIPT);

    for (const response of [brotli, gzip, plain]) {
      expect(String(response.headers.vary)).toMatch(/accept-encoding/i);
      expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
  });

  it('sends the service worker compressed and still lets it take scope "/"', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/public/sw.js', headers: { 'accept-encoding': 'br' } });
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['service-worker-allowed']).toBe('/');
    expect(response.headers['cache-control']).toBe('no-cache');
  });

  it('never serves the compressed copies under their own names (they are no route: an unknown path gets the staff app)', async () => {
    for (const copy of [`${url}.br`, `${url}.gz`]) {
      const response = await t.app.inject({ method: 'GET', url: copy });
      expect(response.headers['content-type'], copy).toMatch(/^text\/html/);
      expect(response.body, copy).toContain('staff app');
    }
  });

  it('static files do not count against the per-address API rate limit', async () => {
    for (let i = 0; i < 20; i++) {
      const response = await t.app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'br' } });
      expect(response.statusCode, `file request ${i}`).toBe(200);
      expect(response.headers['x-ratelimit-limit']).toBeUndefined();
    }
    // The API's own allowance (5 a minute here) is untouched by the 20 file requests, and still applies.
    const api = [];
    for (let i = 0; i < 6; i++) api.push((await t.app.inject({ method: 'GET', url: '/api/v1/benefits' })).statusCode);
    expect(api).toEqual([200, 200, 200, 200, 200, 429]);
  });
});
