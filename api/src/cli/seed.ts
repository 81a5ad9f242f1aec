// npm run db:seed: demo staff accounts for trying the product locally.
// Prints each account's one-time set-password link; safe to run twice.
import { existsSync } from 'node:fs';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { applyMigrations } from '../db/migrate.ts';
import pino from 'pino';
import { buildDeps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { systemClock } from '../lib/clock.ts';
import { createStaff } from '../staff/create-staff.ts';

if (existsSync('.env')) process.loadEnvFile('.env');
const config = loadConfig();
await applyMigrations(config.database);
const database = await openDatabase(config.database);
const deps = await buildDeps({ config, database, clock: systemClock, log: pino({ level: 'warn' }) });
const people = [
  { email: 'alex.morgan@example.org', name: 'Alex Morgan', role: 'admin' as const },
  { email: 'priya.shah@example.org', name: 'Priya Shah', role: 'staff' as const },
  { email: 'tom.okafor@example.org', name: 'Tom Okafor', role: 'staff' as const },
];
try {
  for (const person of people) {
    try {
      const { passwordLink } = await createStaff(deps, { context: { actor: null, ip: null }, staff: person });
      process.stdout.write(`${person.role.padEnd(5)} ${person.email}: set a password at ${passwordLink.url}\n`);
    } catch (error) {
      if (error instanceof AppError && error.code === 'EMAIL_TAKEN') {
        process.stdout.write(`${person.role.padEnd(5)} ${person.email}: already exists\n`);
      } else throw error;
    }
  }
} finally {
  await deps.close();
  await database.close();
}
