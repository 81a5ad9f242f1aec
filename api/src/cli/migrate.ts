// npm run db:migrate: applies pending migrations to the configured database
// (the same step `npm start` runs before it listens).
import { existsSync } from 'node:fs';
import { loadConfig } from '../config.ts';
import { applyMigrations } from '../db/migrate.ts';

if (existsSync('.env')) process.loadEnvFile('.env');
const config = loadConfig();
const result = await applyMigrations(config.database);
const where = config.database.engine === 'sqlite' ? config.database.file : 'PostgreSQL';
process.stdout.write(
  result.applied.length > 0
    ? `Applied ${result.applied.length} migration(s) to ${where}: ${result.applied.join(', ')}\n`
    : `${where} is up to date (${result.alreadyApplied} migration(s) applied earlier)\n`,
);
