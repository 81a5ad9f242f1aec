// Generates the Prisma clients for SQLite and PostgreSQL from the one model.
// Runs after `npm install` (postinstall) and whenever the model changes.
import { runPrisma, writeSchemaFile } from '../db/prisma-cli.ts';

for (const engine of ['sqlite', 'postgresql'] as const) {
  runPrisma(['generate', '--no-hints', '--schema', writeSchemaFile(engine)]);
  process.stdout.write(`Generated the ${engine} Prisma client\n`);
}
