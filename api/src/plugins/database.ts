import fp from 'fastify-plugin';
import type { Database, Db } from '../db/database.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** The Prisma client (SQLite or PostgreSQL). */
    db: Db;
    database: Database;
  }
}

/** Decorates the app with an already-migrated database, and closes it when the app closes. */
export default fp<{ database: Database }>(
  async (app, { database }) => {
    app.decorate('database', database);
    app.decorate('db', database.prisma);
    app.addHook('onClose', async () => {
      await database.close();
    });
  },
  { name: 'database' },
);
