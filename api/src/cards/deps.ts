import type { Config } from '../config.ts';
import type { Db } from '../db/database.ts';
import type { Keyring } from '../keys/keyring.ts';
import type { TemplateSet } from '../templates/load-templates.ts';

/** What the card use-cases need. */
export type CardDeps = {
  db: Db;
  keyring: Keyring;
  templates: TemplateSet;
  config: Pick<Config, 'publicUrl' | 'cards' | 'organisation' | 'dataDir'>;
  clock?: () => Date;
};

export const cardNow = (deps: { clock?: () => Date }) => (deps.clock ? deps.clock() : new Date());
