import { existsSync } from 'node:fs';
import closeWithGrace from 'close-with-grace';
import Fastify, { type FastifyInstance } from 'fastify';
import pino from 'pino';
import { buildApp, logRedactPaths, serverOptions, stdoutLogStream } from './app.ts';
import { ensureFirstAdmin, type FirstAdminOutcome } from './auth/ensure-first-admin.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { openDatabase } from './db/database.ts';
import { applyMigrations } from './db/migrate.ts';
import { errorForLog } from './lib/error-for-log.ts';
import { retryWhileDatabaseUnavailable } from './db/retry.ts';
import { startingRoutes } from './routes/health.ts';

/** How long stopping may take before the process exits anyway (code 1). */
const GRACE_MS = 10_000;

/** Starts the product: config, migrations, first admin, then listen. Stops gracefully on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  // Settings in .env, if there is one; the real environment wins.
  if (existsSync('.env')) process.loadEnvFile('.env');
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee .env.example for every setting.\n`);
      process.exit(78);
    }
    throw error;
  }
  // The same stdout destination as the app's logger: it never holds the process up (see stdoutLogStream).
  const log = pino({ level: config.logLevel, redact: { paths: logRedactPaths, censor: '[redacted]' }, serializers: { err: (error: unknown) => errorForLog(error) } }, stdoutLogStream());

  const started = await startWhenDatabaseAnswers(config, log);
  if (!started) return; // stopped (SIGTERM, SIGINT) while waiting for the database
  const { app, firstAdmin } = started;

  if (firstAdmin.kind === 'created-from-env') log.info('first admin created from ADMIN_EMAIL and ADMIN_PASSWORD');

  // Stopping: answer what has arrived, close, exit 0. If that takes longer than GRACE_MS,
  // or a second signal comes, close-with-grace exits 1. Nothing on the way out can block
  // those exits: log writes never wait for stdout, and nothing flushes it at exit.
  closeWithGrace({ delay: GRACE_MS, logger: log }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, 'shutting down after an error');
    else app.log.info({ signal }, 'shutting down');
    await app.closeGracefully(); // answers the requests it has, then closes the database
    app.log.info('stopped');
  });

  await app.listen({ port: config.port, host: config.host });
  process.stdout.write(`\n  Young Carer Cards is running at ${config.publicUrl}\n\n`);
  if (firstAdmin.kind === 'setup-link') {
    // Printed, not logged, and last of everything at start-up (requests that succeed are logged
    // at debug level only), so it stays on screen: the link is a secret for the person at the console.
    process.stdout.write(
      `  No staff accounts yet. Create the first admin with this one-time link (valid until ${firstAdmin.expiresAt}):\n\n    ${firstAdmin.url}\n\n`,
    );
  }
}

type Started = { app: FastifyInstance; firstAdmin: FirstAdminOutcome };

/**
 * Everything at start-up that needs the database: migrations, opening it, the
 * app (which makes sure a card-signing key exists) and the first admin. When
 * the database cannot be reached, the whole of it is tried again (db/retry.ts)
 * and meanwhile a stand-in server holds the port: /api/health 200 (alive),
 * /api/ready and everything else 503 NOT_READY with Retry-After. It gives the
 * port to the app once everything is done. Any other failure (a migration
 * that does not apply, a setting SQLite cannot honour) stops the start-up.
 * Undefined when SIGTERM or SIGINT came while waiting.
 */
async function startWhenDatabaseAnswers(config: Config, log: pino.Logger): Promise<Started | undefined> {
  const stopping = new AbortController();
  const stop = () => {
    stopping.abort();
    // A try in progress ends within the database timeouts; should one not, do not outstay the signal.
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  let standIn: FastifyInstance | undefined;
  try {
    const started = await retryWhileDatabaseUnavailable(() => startOnce(config, log), {
      signal: stopping.signal,
      onWait: async ({ error, attempt, delayMs }) => {
        const line = { err: error, attempt, retryInMs: delayMs };
        if (attempt === 1 || attempt % 30 === 0) log.warn(line, 'the database cannot be reached; starting when it can');
        else log.debug(line, 'the database cannot be reached yet');
        if (standIn) return;
        standIn = Fastify(serverOptions(config));
        await standIn.register(startingRoutes);
        await standIn.listen({ port: config.port, host: config.host });
        log.info({ port: config.port }, 'listening as not ready until the database answers');
      },
    });
    if (started && stopping.signal.aborted) {
      await started.app.close();
      return undefined;
    }
    return started;
  } finally {
    process.removeListener('SIGTERM', stop);
    process.removeListener('SIGINT', stop);
    await standIn?.close();
  }
}

async function startOnce(config: Config, log: pino.Logger): Promise<Started> {
  const migrations = await applyMigrations(config.database);
  log.info({ engine: config.database.engine, applied: migrations.applied, alreadyApplied: migrations.alreadyApplied }, 'database migrated');
  const database = await openDatabase(config.database, {
    onIdleError: (err) => log.warn({ err }, 'the database closed an idle connection; the next query opens a new one'),
  });
  let app: FastifyInstance | undefined;
  try {
    app = await buildApp(config, database);
    return { app, firstAdmin: await ensureFirstAdmin(app.deps, { firstAdmin: config.firstAdmin }) };
  } catch (error) {
    // Closing the app closes the database too.
    await (app ? app.close() : database.close()).catch(() => undefined);
    throw error;
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
