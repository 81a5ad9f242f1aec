import { afterEach, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../support/server-process.ts';

/**
 * What a newcomer sees after `npm start` on a fresh install, at the default
 * log level: the one-time setup link is the last thing printed, and ordinary
 * requests (health checks, a browser loading the app) do not push it off the screen.
 */
describe('start-up output', () => {
  let server: RunningServer | undefined;
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  it('ends with the setup link, and successful requests print nothing after it', async () => {
    server = await startServer({ LOG_LEVEL: 'info' });
    const deadline = Date.now() + 20_000;
    while (!/\/setup#\S+/.test(server.output()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    for (let i = 0; i < 20; i++) {
      expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
      expect((await fetch(`${server.url}/api/ready`)).status).toBe(200);
    }
    await new Promise((r) => setTimeout(r, 500));
    const lines = server.output().split('\n').map((line) => line.trim()).filter(Boolean);
    expect(lines.at(-1)).toMatch(new RegExp(`^${server.url.replace(/[.]/g, '\\.')}/setup#\\S+$`));
    const running = lines.findIndex((line) => line.startsWith('Young Carer Cards is running at'));
    expect(running).toBeGreaterThanOrEqual(0);
    expect(lines.slice(running + 1, -1)).toEqual([expect.stringMatching(/^No staff accounts yet\. Create the first admin with this one-time link/)]);
  });
});
