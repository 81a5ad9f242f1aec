import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { nonBlockingLogStream } from '../../api/src/app.ts';

/** A log output that takes writes but finishes none until told to: a pipe nobody reads. */
function stuckOutput() {
  const received: string[] = [];
  const waiting: Array<() => void> = [];
  const out = new Writable({
    write(chunk, _encoding, done) {
      received.push(String(chunk));
      waiting.push(done);
    },
  });
  const drain = () => {
    while (waiting.length > 0) waiting.shift()?.();
  };
  return { out, received, drain };
}

const line = (n: number) => `${JSON.stringify({ level: 30, msg: `line ${n}`, pad: 'x'.repeat(80) })}\n`;

describe('the log destination (nonBlockingLogStream)', () => {
  it('keeps at most its backlog in memory while the output is stuck, then drops lines and says how many', () => {
    const { out, received, drain } = stuckOutput();
    const log = nonBlockingLogStream(out, 1000);
    for (let n = 0; n < 100; n += 1) log.write(line(n));
    // Never more waiting than the backlog and one line; the rest dropped.
    expect(out.writableLength).toBeLessThanOrEqual(1000 + line(99).length);

    drain();
    const accepted = received.length;
    expect(accepted).toBeGreaterThan(0);
    expect(accepted).toBeLessThan(15);
    log.write(line(100));
    drain();
    const after = received.slice(accepted).map((l) => JSON.parse(l) as { level: number; msg: string; dropped?: number });
    expect(after[0]).toMatchObject({ level: 40, msg: 'log lines dropped: the log output was not being read', dropped: 100 - accepted });
    expect(after.at(-1)?.msg).toBe('line 100');
  });

  it('stops logging, and never throws, once the output is broken (EPIPE)', async () => {
    let writes = 0;
    const out = new Writable({
      write(_chunk, _encoding, done) {
        writes += 1;
        done(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
      },
    });
    const log = nonBlockingLogStream(out);
    log.write(line(0));
    await new Promise((resolve) => setImmediate(resolve)); // the 'error' event: an unhandled one would fail this test
    for (let n = 1; n < 10; n += 1) log.write(line(n));
    await new Promise((resolve) => setImmediate(resolve));
    expect(writes).toBe(1);
  });
});
