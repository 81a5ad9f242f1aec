import { connect, createServer, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy on 127.0.0.1 in front of a real server (PostgreSQL), to play
 * the database's network going away without stopping the database:
 *
 * - `pass`: forwards both ways (the normal state).
 * - `refuse`: stops listening, so new connections get ECONNREFUSED; open ones are reset.
 * - `blackhole`: accepts connections and keeps open ones, but every byte is
 *   swallowed in both directions: nothing ever answers, nothing ever fails.
 * - `reset()`: resets (RST) every open connection, without changing the mode.
 */
export type TcpProxy = {
  port: number;
  /** A copy of `url` (postgresql://...) with its host and port changed to the proxy's. */
  urlFor(url: string): string;
  mode(): ProxyMode;
  pass(): Promise<void>;
  refuse(): Promise<void>;
  blackhole(): Promise<void>;
  reset(): void;
  /** Connections accepted since the proxy started. */
  accepted(): number;
  close(): Promise<void>;
};

export type ProxyMode = 'pass' | 'refuse' | 'blackhole';

type Pair = { client: Socket; upstream: Socket | undefined };

export async function startTcpProxy(target: { host: string; port: number }, options: { mode?: ProxyMode; port?: number } = {}): Promise<TcpProxy> {
  let mode: ProxyMode = options.mode ?? 'pass';
  let accepted = 0;
  const pairs = new Set<Pair>();

  const destroy = (pair: Pair) => {
    pairs.delete(pair);
    pair.client.resetAndDestroy();
    pair.upstream?.resetAndDestroy();
  };

  const onConnection = (client: Socket) => {
    accepted += 1;
    const pair: Pair = { client, upstream: undefined };
    pairs.add(pair);
    client.on('error', () => destroy(pair));
    client.on('close', () => destroy(pair));
    if (mode === 'blackhole') {
      // Accepted, then silence: whatever the client sends is read and dropped.
      client.on('data', () => undefined);
      return;
    }
    const upstream = connect(target.port, target.host);
    pair.upstream = upstream;
    upstream.on('error', () => destroy(pair));
    upstream.on('close', () => destroy(pair));
    // Bytes cross only while the proxy passes traffic; in a blackhole they are dropped.
    client.on('data', (chunk) => {
      if (mode === 'pass') upstream.write(chunk);
    });
    upstream.on('data', (chunk) => {
      if (mode === 'pass') client.write(chunk);
    });
  };

  let server: Server | undefined;
  let port = options.port ?? 0;
  const listen = async () => {
    if (server) return;
    const s = createServer(onConnection);
    await new Promise<void>((resolve, reject) => {
      s.once('error', reject);
      s.listen(port, '127.0.0.1', () => resolve());
    });
    const address = s.address();
    if (typeof address === 'object' && address) port = address.port;
    server = s;
  };
  const unlisten = async () => {
    const s = server;
    server = undefined;
    if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
  };
  const resetAll = () => {
    for (const pair of [...pairs]) destroy(pair);
  };

  if (mode !== 'refuse') await listen();
  else {
    // Reserve a port number for later: listen once, then stop.
    await listen();
    await unlisten();
  }

  return {
    get port() {
      return port;
    },
    urlFor(url: string) {
      const u = new URL(url);
      u.hostname = '127.0.0.1';
      u.port = String(port);
      return u.toString();
    },
    mode: () => mode,
    async pass() {
      mode = 'pass';
      await listen();
    },
    async refuse() {
      mode = 'refuse';
      // close() waits for open connections: reset them first.
      const closing = unlisten();
      resetAll();
      await closing;
    },
    async blackhole() {
      mode = 'blackhole';
      await listen();
    },
    reset: resetAll,
    accepted: () => accepted,
    async close() {
      const closing = unlisten();
      resetAll();
      await closing;
    },
  };
}
