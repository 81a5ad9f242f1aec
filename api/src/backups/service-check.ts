import type { Config } from '../config.ts';

/** The service's own health address from its configuration (a wildcard listen address is asked on loopback). */
export function healthUrl(config: Pick<Config, 'host' | 'port'>): string {
  let host = config.host;
  if (host === '0.0.0.0' || host === '') host = '127.0.0.1';
  if (host === '::') host = '::1';
  if (host.includes(':') && !host.startsWith('[')) host = `[${host}]`;
  return `http://${host}:${config.port}/api/health`;
}

/**
 * Whether the service answers its health check at the configured address.
 * "unknown" when something there does not answer in time (the lock check
 * still decides for SQLite).
 */
export async function serviceAnswers(config: Pick<Config, 'host' | 'port'>): Promise<'yes' | 'no' | 'unknown'> {
  try {
    const response = await fetch(healthUrl(config), { signal: AbortSignal.timeout(1500) });
    const body = (await response.json().catch(() => null)) as { status?: unknown } | null;
    return response.ok && body?.status === 'ok' ? 'yes' : 'no';
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause;
    if (cause?.code === 'ECONNREFUSED' || cause?.code === 'EADDRNOTAVAIL' || cause?.code === 'ENOTFOUND') return 'no';
    return (error as Error).name === 'TimeoutError' ? 'unknown' : 'no';
  }
}
