// npm run backup -- <file> [--passphrase-file <file>]
// One archive of everything a restore needs, taken while the service runs:
// a consistent database snapshot, the session secret, the card-signing keys,
// every photo and a manifest with the SHA-256 of each. Encrypted (scrypt +
// AES-256-GCM) with BACKUP_PASSPHRASE or the first line of --passphrase-file.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { BackupError } from '../backups/backup-error.ts';
import { createBackup } from '../backups/create-backup.ts';
import { readPassphrase } from '../backups/encryption.ts';
import { ConfigError, loadConfig } from '../config.ts';

const usage = 'Usage: npm run backup -- <file.tar> [--passphrase-file <file>]   (or set BACKUP_PASSPHRASE to encrypt)\n';
if (existsSync('.env')) process.loadEnvFile('.env');
let parsed;
try {
  parsed = parseArgs({ allowPositionals: true, options: { 'passphrase-file': { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
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
  await createBackup({ config, output: parsed.positionals[0]!, passphrase, report: (line) => process.stdout.write(`${line}\n`) });
} catch (error) {
  if (error instanceof BackupError || error instanceof ConfigError) {
    process.stderr.write(`Backup failed: ${error.message}\n`);
    process.exit(1);
  }
  throw error;
}
