import { defineConfig } from 'prisma/config';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';

// Prisma's CLI is used here only to generate the clients and to turn the
// model into SQL (`prisma migrate diff`). The JS engine and an in-memory
// SQLite adapter keep it from downloading native engines (see docs/database.md).
// Migrations are applied by api/src/db/migrate.ts for both engines.
export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations/sqlite' },
  // YCARDS_PRISMA_SQLITE_FILE points Prisma's tooling (e.g. `prisma migrate status`) at a real database file.
  adapter: async () => new PrismaBetterSQLite3({ url: process.env.YCARDS_PRISMA_SQLITE_FILE ?? ':memory:' }),
});
