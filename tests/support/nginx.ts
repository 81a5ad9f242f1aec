import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The reverse-proxy configuration the deployment guide installs, run here as it is with its placeholders filled in. */
export const NGINX_SITE_FILE = path.resolve(import.meta.dirname, '../../deploy/nginx-ycards.conf');

export type RunningNginx = {
  httpsPort: number;
  /** The self-signed certificate nginx serves (PEM), for clients to trust. */
  ca: string;
  /** The access log's lines so far (deploy/nginx-ycards.conf's `ycards` format). */
  accessLog(): string[];
  output(): string;
  stop(): Promise<void>;
};

/**
 * nginx in the foreground with the deployment's site file, a self-signed
 * certificate for localhost made with openssl, and every file (pid, logs,
 * temp) in a folder of its own: nothing of the machine's nginx is touched.
 */
export async function startNginx(options: { nginxPath: string; apiPorts: [number, number]; httpsPort: number; httpPort: number }): Promise<RunningNginx> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ycards-nginx-'));
  // nginx's workers (nobody, when started as root) write request bodies and buffered answers here.
  chmodSync(dir, 0o755);
  for (const temp of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) {
    mkdirSync(path.join(dir, temp));
    chmodSync(path.join(dir, temp), 0o777);
  }
  const cert = path.join(dir, 'tls.crt');
  const key = path.join(dir, 'tls.key');
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2',
    '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1', '-keyout', key, '-out', cert,
  ], { stdio: 'ignore' });
  const values: Record<string, string> = {
    __API_PORT_A__: String(options.apiPorts[0]),
    __API_PORT_B__: String(options.apiPorts[1]),
    __HTTP_PORT__: `127.0.0.1:${options.httpPort}`,
    __HTTPS_PORT__: `127.0.0.1:${options.httpsPort}`,
    __SERVER_NAME__: 'localhost',
    __TLS_CERT__: cert,
    __TLS_KEY__: key,
    __LOG_DIR__: dir,
  };
  let site = readFileSync(NGINX_SITE_FILE, 'utf8');
  for (const [placeholder, value] of Object.entries(values)) site = site.replaceAll(placeholder, value);
  const left = site.match(/__[A-Z_]+__/);
  if (left) throw new Error(`deploy/nginx-ycards.conf has a placeholder this test does not fill: ${left[0]}`);
  writeFileSync(path.join(dir, 'ycards.conf'), site);
  // What Debian's /etc/nginx/nginx.conf provides around conf.d/*.conf, cut to what the site needs.
  writeFileSync(
    path.join(dir, 'nginx.conf'),
    [
      'worker_processes 1;',
      `pid ${dir}/nginx.pid;`,
      `error_log ${dir}/error.log warn;`,
      'events { worker_connections 256; }',
      'http {',
      `  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fastcgi; uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;`,
      `  access_log ${dir}/default-access.log;`,
      `  include ${dir}/ycards.conf;`,
      '}',
      '',
    ].join('\n'),
  );
  const child = spawn(options.nginxPath, ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += String(d)));
  child.stderr.on('data', (d) => (output += String(d)));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const deadline = Date.now() + 15_000;
  while (!(await listening(options.httpsPort))) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${output}`);
    if (Date.now() > deadline) throw new Error(`nginx did not listen: ${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    httpsPort: options.httpsPort,
    ca: readFileSync(cert, 'utf8'),
    accessLog: () => readFileSync(path.join(dir, 'ycards-access.log'), 'utf8').split('\n').filter(Boolean),
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGQUIT');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

export type ProxyAnswer = { status: number; body: string; headers: Record<string, string | string[] | undefined> };

/**
 * One HTTPS request to the proxy, trusting only its test certificate, sent
 * from `from` (any address in 127.0.0.0/8 is this machine), so nginx sees a
 * client address other than its own.
 */
export function proxyRequest(
  nginx: RunningNginx,
  options: { from: string; method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<ProxyAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        servername: 'localhost',
        port: nginx.httpsPort,
        method: options.method ?? 'GET',
        path: options.path,
        localAddress: options.from,
        ca: nginx.ca,
        agent: false,
        headers: { host: `localhost:${nginx.httpsPort}`, ...(options.body ? { 'content-type': 'application/json' } : {}), ...options.headers },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => (body += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}
