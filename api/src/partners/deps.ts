import type { Config } from '../config.ts';
import type { Db } from '../db/database.ts';

/** What the partner and benefit use-cases need. */
export type PartnerDeps = { db: Db; config: Pick<Config, 'publicUrl'>; clock?: () => Date };

export const partnerNow = (deps: { clock?: () => Date }) => (deps.clock ? deps.clock() : new Date());
/** Today as YYYY-MM-DD (UTC): what benefit dates and scan counts are kept in. */
export const calendarDay = (at: Date) => at.toISOString().slice(0, 10);
