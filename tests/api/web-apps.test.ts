import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.ts';

/** A stand-in for `npm run build`'s output: each file says which app it belongs to. */
function fakeBuild(options: { publicApp: boolean }): string {
  const root = mkdtempSync(path.join(tmpdir(), 'ycards-web-'));
  mkdirSync(path.join(root, 'assets'));
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>staff app</title>');
  writeFileSync(path.join(root, 'assets', 'index-abc.js'), '/* the staff app */');
  if (options.publicApp) {
    mkdirSync(path.join(root, 'public', 'assets'), { recursive: true });
    writeFileSync(path.join(root, 'public', 'public.html'), '<!doctype html><title>public app</title>');
    writeFileSync(path.join(root, 'public', 'sw.js'), 'self.skipWaiting()');
    writeFileSync(path.join(root, 'public', 'manifest.webmanifest'), '{"name":"x"}');
    writeFileSync(path.join(root, 'public', 'assets', 'public-abc.js'), '/* the public app */');
  }
  return root;
}

// Which page gets which app does not depend on the database engine: SQLite only.
describe('serving the staff app and the public app', () => {
  let t: TestApp;
  let webDist: string;
  beforeAll(async () => {
    webDist = fakeBuild({ publicApp: true });
    t = await startTestApp('sqlite', {}, { webDist });
  });
  afterAll(async () => {
    await t.close();
    rmSync(webDist, { recursive: true, force: true });
  });
  const get = (url: string, method: 'GET' | 'HEAD' = 'GET') => t.app.inject({ method, url });

  it('answers the public pages with the public app, whatever follows them', async () => {
    for (const url of ['/v', '/v?p=riverpool', '/v/', '/benefits', '/benefits?area=Mill', '/partners/guide', '/my']) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(200);
      expect(response.body, url).toContain('public app');
      expect(response.headers['content-type'], url).toMatch(/^text\/html/);
      expect(response.headers['cache-control'], url).toBe('no-cache');
      expect(response.headers['content-security-policy'], url).toContain("default-src 'self'");
      expect(response.headers['referrer-policy'], url).toBe('no-referrer');
    }
    expect((await get('/v', 'HEAD')).statusCode).toBe(200);
  });

  it('answers every other page with the staff app, as before', async () => {
    for (const url of ['/', '/login', '/holders/abc', '/cards', '/partners', '/partners/abc', '/vouchers', '/benefitsx', '/public', '/mystery']) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(200);
      expect(response.body, url).toContain('staff app');
    }
  });

  it('keeps API paths and non-GET requests out of both apps', async () => {
    for (const url of ['/api/nothing-here', '/.well-known/nothing-here']) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(404);
      expect(response.json().error.code, url).toBe('ROUTE_NOT_FOUND');
    }
    const post = await t.app.inject({ method: 'POST', url: '/v', payload: {} });
    expect(post.statusCode).toBe(404);
    expect(post.json().error.code).toBe('ROUTE_NOT_FOUND');
  });

  it('lets the service worker take scope "/" and never caches it stale', async () => {
    const response = await get('/public/sw.js');
    expect(response.statusCode).toBe(200);
    expect(response.headers['service-worker-allowed']).toBe('/');
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.headers['content-type']).toMatch(/javascript/);
    // Only the worker gets the header: no other file may widen a worker's scope.
    expect((await get('/public/public.html')).headers['service-worker-allowed']).toBeUndefined();
    expect((await get('/public/manifest.webmanifest')).headers['service-worker-allowed']).toBeUndefined();
  });

  it("serves the public build's files from /public/, hashed assets as immutable", async () => {
    const asset = await get('/public/assets/public-abc.js');
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const manifest = await get('/public/manifest.webmanifest');
    expect(manifest.statusCode).toBe(200);
    expect(manifest.headers['cache-control']).toBe('no-cache');
    expect((await get('/assets/index-abc.js')).body).toContain('staff');
  });
});

describe('serving when only the staff app is built', () => {
  let t: TestApp;
  let webDist: string;
  beforeAll(async () => {
    webDist = fakeBuild({ publicApp: false });
    t = await startTestApp('sqlite', {}, { webDist });
  });
  afterAll(async () => {
    await t.close();
    rmSync(webDist, { recursive: true, force: true });
  });

  it('falls back to the staff app for the public pages', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/v' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('staff app');
  });
});
