import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES, ConfigError, loadConfig } from '../../api/src/config.ts';

describe('configuration', () => {
  it('.env.example documents every variable the API reads, and nothing else', () => {
    const documented = [...readFileSync(path.resolve('.env.example'), 'utf8').matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]);
    expect([...new Set(documented)].sort()).toEqual([...CONFIG_VARIABLES].sort());
  });

  it('runs with no settings at all: SQLite in ./data, port 3000', () => {
    const config = loadConfig({});
    expect(config.database).toEqual({ engine: 'sqlite', file: path.resolve('data/ycards.db') });
    expect(config.port).toBe(3000);
    expect(config.publicUrl).toBe('http://localhost:3000');
    expect(config.firstAdmin).toBeUndefined();
    expect(config.corsOrigins).toEqual([]);
  });

  it('switches to PostgreSQL for a postgres URL, and reads numbers and lists', () => {
    const config = loadConfig({ DATABASE_URL: 'postgresql://u@db/ycards', PORT: '8080', CORS_ORIGINS: 'https://a.org, https://b.org', PUBLIC_URL: 'https://cards.org/' });
    expect(config.database).toEqual({ engine: 'postgresql', url: 'postgresql://u@db/ycards' });
    expect(config.port).toBe(8080);
    expect(config.corsOrigins).toEqual(['https://a.org', 'https://b.org']);
    expect(config.publicUrl).toBe('https://cards.org');
  });

  it('names every bad variable', () => {
    expect(() => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x' });
    } catch (error) {
      expect((error as Error).message).toMatch(/PORT/);
    }
    expect(() => loadConfig({ ADMIN_EMAIL: 'a@b.org' })).toThrow(/ADMIN_EMAIL and ADMIN_PASSWORD/);
    expect(() => loadConfig({ ADMIN_EMAIL: 'a@b.org', ADMIN_PASSWORD: 'short' })).toThrow(/ADMIN_PASSWORD/);
    expect(() => loadConfig({ SESSION_SECRET: 'too-short' })).toThrow(/SESSION_SECRET/);
  });

  it('TRUST_PROXY: off by default, true, or the proxies\' addresses (IPs or CIDRs); anything else is refused', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '127.0.0.1, ::1,10.0.0.0/8' }).trustProxy).toEqual(['127.0.0.1', '::1', '10.0.0.0/8']);
    for (const bad of ['yes', '1', 'nginx.local', '10.0.0.0/33', '::1/129', '127.0.0.1/8/8', ',']) {
      expect(() => loadConfig({ TRUST_PROXY: bad }), bad).toThrow(/TRUST_PROXY/);
    }
  });
});
