import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { Redis } from 'ioredis';
import { AppError } from '../errors.ts';

/**
 * Per-address rate limits (@fastify/rate-limit). With REDIS_URL set, every
 * API process counts in Redis, so N processes allow the limit once, not N
 * times. Without it each process counts on its own, which is right for one
 * process and is said in the log when the database is PostgreSQL (the set-up
 * that runs several). If Redis stops answering, requests are let through
 * rather than refused (sign-in and code tries stay counted in the database
 * either way), and the log says so.
 */
const rateLimits = fp(
  async (fastify: FastifyInstance) => {
    const { config } = fastify;
    const redis = config.redisUrl ? await connectRedis(fastify, config.redisUrl) : undefined;
    if (!redis && config.database.engine === 'postgresql') {
      fastify.log.warn('REDIS_URL is not set: each API process counts rate limits on its own (set it when running more than one process)');
    }
    await fastify.register(fastifyRateLimit, {
      max: config.rateLimitPerMinute,
      timeWindow: '1 minute',
      ...(redis ? { redis, nameSpace: 'ycards-rate-limit:', skipOnError: true } : {}),
      errorResponseBuilder: (_request, context) =>
        new AppError('TOO_MANY_REQUESTS', 'Too many requests. Please wait a moment and try again.', {
          retryAfter: Math.ceil(context.ttl / 1000),
        }),
    });
  },
  { name: 'rate-limits', dependencies: ['config'] },
);

export default rateLimits;

async function connectRedis(fastify: FastifyInstance, url: string): Promise<Redis> {
  // Commands fail at once while disconnected (no queue), so a request never waits on a Redis that is down.
  const redis = new Redis(url, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2_000 });
  let down = false;
  redis.on('error', (error: unknown) => {
    if (down) return;
    down = true;
    fastify.log.error({ err: error }, 'Redis is not answering: rate limits are not enforced until it is back');
  });
  redis.on('ready', () => {
    if (down) fastify.log.info('Redis answers again: rate limits are shared again');
    down = false;
  });
  await redis.connect().catch(() => undefined);
  fastify.addHook('onClose', async () => {
    redis.disconnect();
  });
  return redis;
}
