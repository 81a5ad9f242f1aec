import type { Config } from '../config.ts';
import type { Db } from '../db/database.ts';

/** What the holder use-cases need: the database, where photos live, the public address, and a clock (tests pass their own). */
export type HolderDeps = {
  db: Db;
  config: Pick<Config, 'publicUrl' | 'dataDir'>;
  clock?: () => Date;
};
