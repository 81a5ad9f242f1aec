// npm run keys -- list | rotate | withdraw <kid>
// Card-signing keys for operators (the same as the admin API, without a server).
// Run it where the server's DATA_DIR is, so new private keys land beside the others.
import { existsSync } from 'node:fs';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { applyMigrations } from '../db/migrate.ts';
import pino from 'pino';
import { buildDeps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { systemClock } from '../lib/clock.ts';
import { listSigningKeys } from '../keys/list-signing-keys.ts';
import { rotateSigningKey } from '../keys/rotate-signing-key.ts';
import { withdrawSigningKey } from '../keys/withdraw-signing-key.ts';

if (existsSync('.env')) process.loadEnvFile('.env');
const [command, kid] = process.argv.slice(2);
const usage = 'Usage: npm run keys -- list | rotate | withdraw <kid>\n';
if (!command || !['list', 'rotate', 'withdraw'].includes(command) || (command === 'withdraw' && !kid)) {
  process.stderr.write(usage);
  process.exit(2);
}
const config = loadConfig();
await applyMigrations(config.database);
const database = await openDatabase(config.database);
// Builds (and so checks) the signing keys as the server does.
const deps = await buildDeps({ config, database, clock: systemClock, log: pino({ level: 'warn' }) });
const operator = { actor: null, ip: null };
try {
  if (command === 'rotate') {
    const key = await rotateSigningKey(deps, { context: operator });
    process.stdout.write(`New cards are now signed with key ${key.kid}. Existing cards keep working.\n`);
  } else if (command === 'withdraw') {
    const key = await withdrawSigningKey(deps, { context: operator, kid: kid! });
    process.stdout.write(`Key ${key.kid} withdrawn: ${key.unexpiredCards} unexpired card(s) it signed are now NOT VALID. Reissue them.\n`);
  }
  for (const key of await listSigningKeys(deps)) {
    process.stdout.write(`${key.kid}  ${key.status.padEnd(9)}  created ${key.createdAt.slice(0, 10)}  ${key.unexpiredCards} unexpired card(s)\n`);
  }
} catch (error) {
  if (error instanceof AppError) {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  } else throw error;
} finally {
  await deps.close();
  await database.close();
}
