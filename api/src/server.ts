import { existsSync } from 'node:fs';
import closeWithGrace from 'close-with-grace';
import pino from 'pino';
import { buildApp, logRedactPaths, stdoutLogStream } from './app.ts';
import { ensureFirstAdmin } from './auth/ensure-first-admin.ts';
import { ConfigError, loadConfig } from './config.ts';
import { openDatabase } from './db/database.ts';
import { applyMigrations } from './db/migrate.ts';

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
  const log = pino({ level: config.logLevel, redact: { paths: logRedactPaths, censor: '[redacted]' } }, stdoutLogStream());

  const migrations = await applyMigrations(config.database);
  log.info({ engine: config.database.engine, applied: migrations.applied, alreadyApplied: migrations.alreadyApplied }, 'database migrated');
  const database = await openDatabase(config.database);
  const app = await buildApp(config, database);

  const firstAdmin = await ensureFirstAdmin(app.deps, { firstAdmin: config.firstAdmin });
  if (firstAdmin.kind === 'created-from-env') log.info('first admin created from ADMIN_EMAIL and ADMIN_PASSWORD');
  if (firstAdmin.kind === 'setup-link') {
    // Printed, not logged: the link is a secret meant for the person at the console.
    process.stdout.write(
      `\n  No staff accounts yet. Create the first admin with this one-time link (valid until ${firstAdmin.expiresAt}):\n\n    ${firstAdmin.url}\n\n`,
    );
  }

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
}

main().catch((error: unknown) => {
  process.stderr.write(`Could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
