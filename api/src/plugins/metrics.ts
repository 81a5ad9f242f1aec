import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { AppError } from '../errors.ts';

declare module 'fastify' {
  interface FastifyInstance {
    metrics: { verifyAnswers: Counter<'result'> };
  }
}

/**
 * Prometheus metrics at GET /metrics (prom-client, a registry per app):
 * requests and their latency by method, route pattern and status; verify
 * answers by result; outbox messages waiting; the process's own figures.
 * Labels are route patterns (/api/holders/:id), never a URL, a card id or
 * any personal value. With METRICS_TOKEN set a scraper sends it as a bearer
 * token; without it only connections from this machine get an answer (the
 * socket's own address: X-Forwarded-For does not count).
 */
const metrics = fp(
  async (fastify: FastifyInstance) => {
    const registry = new Registry();
    collectDefaultMetrics({ register: registry });
    const requests = new Counter({
      name: 'http_requests_total', help: 'HTTP requests answered', labelNames: ['method', 'route', 'status_code'] as const, registers: [registry],
    });
    const latency = new Histogram({
      name: 'http_request_duration_seconds', help: 'Time to answer, by route', labelNames: ['method', 'route'] as const,
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5], registers: [registry],
    });
    const verifyAnswers = new Counter({
      name: 'verify_answers_total', help: 'Card checks answered, by result (valid, expired, not_valid)', labelNames: ['result'] as const, registers: [registry],
    });
    new Gauge({
      name: 'outbox_waiting_messages', help: 'Emails queued or being sent (the job queue depth)', registers: [registry],
      async collect() {
        this.set(await fastify.deps.db.outboxMessage.count({ where: { status: { in: ['queued', 'sending'] } } }));
      },
    });
    fastify.decorate('metrics', { verifyAnswers });

    fastify.addHook('onResponse', async (request, reply) => {
      const route = request.routeOptions.url ?? 'unmatched';
      if (route === '/metrics') return;
      const labels = { method: request.method, route };
      requests.inc({ ...labels, status_code: String(reply.statusCode) });
      latency.observe(labels, reply.elapsedTime / 1000);
    });

    const token = fastify.config.metricsToken;
    fastify.get(
      '/metrics',
      { schema: { hide: true }, config: { rateLimit: false } },
      async (request, reply) => {
        if (!allowed(request, token)) throw new AppError('FORBIDDEN', 'Metrics need the METRICS_TOKEN, or a connection from this machine.');
        return reply.header('content-type', registry.contentType).header('cache-control', 'no-store').send(await registry.metrics());
      },
    );
  },
  { name: 'metrics', dependencies: ['config', 'deps'] },
);

export default metrics;

function allowed(request: FastifyRequest, token: string | null): boolean {
  if (token) {
    const sent = Buffer.from(request.headers.authorization?.replace(/^Bearer\s+/i, '') ?? '');
    const expected = Buffer.from(token);
    return sent.length === expected.length && timingSafeEqual(sent, expected);
  }
  const peer = request.socket.remoteAddress ?? '';
  return peer === '127.0.0.1' || peer === '::1' || peer === '::ffff:127.0.0.1';
}
