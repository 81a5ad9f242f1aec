// npm run restore -- <file> [--force] [--passphrase-file <file>]
// Puts a backup from `npm run backup` back, into a STOPPED service only.
// Refuses while the service runs, beside a stale SQLite -wal/-shm (--force
// moves them aside) and into a PostgreSQL database that is not empty (--force
// saves a pg_dump of it, then replaces it). Every file is checked against the
// manifest before anything is touched; what is replaced is kept as
// <name>.before-restore-<time>.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { BackupError, RestoreRefused } from '../backups/backup-error.ts';
import { readPassphrase } from '../backups/encryption.ts';
import { restoreBackup } from '../backups/restore-backup.ts';
import { ConfigError, loadConfig } from '../config.ts';

const usage = 'Usage: npm run restore -- <file.tar> [--force] [--passphrase-file <file>]   (or set BACKUP_PASSPHRASE)\n';
if (existsSync('.env')) process.loadEnvFile('.env');
let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { force: { type: 'boolean' }, 'passphrase-file': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}
if (parsed.values.help || parsed.positionals.length !== 1) {
  process.stderr.write(usage);
  process.exit(parsed.values.help ? 0 : 2);
}
try {
  const config = loadConfig();
  const passphrase = await readPassphrase(parsed.values['passphrase-file'], process.env);
  await restoreBackup({
    config,
    archive: parsed.positionals[0]!,
    passphrase,
    force: parsed.values.force ?? false,
    report: (line) => process.stdout.write(`${line}\n`),
  });
} catch (error) {
  if (error instanceof RestoreRefused) {
    process.stderr.write(`Restore refused: ${error.message}\n`);
    process.exit(1);
  }
  if (error instanceof BackupError || error instanceof ConfigError) {
    process.stderr.write(`Restore failed: ${error.message}\n`);
    process.exit(1);
  }
  throw error;
}
