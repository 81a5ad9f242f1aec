import type { Config } from '../config.ts';
import type { Db } from '../db/database.ts';

/** What the staff and auth use-cases need: the database, settings and a clock (tests pass their own). */
export type AuthDeps = {
  db: Db;
  config: Pick<Config, 'publicUrl' | 'sessionTtlHours' | 'passwordLinkTtlHours' | 'login'>;
  clock?: () => Date;
};

export const now = (deps: { clock?: () => Date }) => (deps.clock ? deps.clock() : new Date());
