// Creates the next migration for both engines from the change between the
// model as of the last migration (prisma/migrations/model.prisma) and
// prisma/schema.prisma. Usage: npm run db:migration -- <short_name>
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { migrationsRoot } from '../db/migrate.ts';
import { modelPath, runPrisma, writeSchemaFile } from '../db/prisma-cli.ts';

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  process.stderr.write('Usage: npm run db:migration -- <short_name_in_snake_case>\n');
  process.exit(2);
}
const snapshot = path.join(migrationsRoot, 'model.prisma');
const previous = existsSync(snapshot) ? readFileSync(snapshot, 'utf8') : undefined;
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
let wrote = false;
for (const engine of ['sqlite', 'postgresql'] as const) {
  const to = writeSchemaFile(engine);
  const from = previous === undefined ? ['--from-empty'] : ['--from-schema-datamodel', writeSchemaFile(engine, previous, `${engine}.previous.prisma`)];
  const sql = runPrisma(['migrate', 'diff', ...from, '--to-schema-datamodel', to, '--script']);
  if (/^-- This is an empty migration\.?\s*$/m.test(sql) || sql.trim() === '') {
    process.stdout.write(`${engine}: no change to the model\n`);
    continue;
  }
  const dir = path.join(migrationsRoot, engine, `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'migration.sql'), sql);
  writeFileSync(path.join(migrationsRoot, engine, 'migration_lock.toml'), `provider = "${engine}"\n`);
  process.stdout.write(`${engine}: wrote ${path.relative(process.cwd(), dir)}/migration.sql\n`);
  wrote = true;
}
if (wrote) copyFileSync(modelPath, snapshot);
